/**
 * True when two absolute image addresses name the same image: equal once the query and fragment
 * are dropped (CDNs vary size and format parameters on one image). Never fails.
 */
export function isSameImage(a: string, b: string): boolean {
  return a === b || a.replace(/[?#].*$/, '') === b.replace(/[?#].*$/, '');
}
