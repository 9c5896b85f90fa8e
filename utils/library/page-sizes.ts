/** Articles shown at first, and added by each "Show more": enough to fill the popup, quick to draw. */
export const LIST_PAGE = 25;

/**
 * Search results shown at first, and added by each "Show more": more than the popup shows at
 * once, and few enough that each key press is answered at once (each result is read and checked).
 */
export const SEARCH_PAGE = 10;
