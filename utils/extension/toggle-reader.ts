import { browser } from 'wxt/browser';
import type { OverlayToggle } from './reader-overlay';
import { restrictionForError, restrictionForTab, restrictionMessage } from './restricted-pages';

/** What a toggle did, told to whoever asked (the popup shows `message`). */
export type ToggleOutcome = { status: 'opened' } | { status: 'closed' } | { status: 'restricted'; message: string };

/** The built content script (entrypoints/extract.content.ts), injected only when the user asks. */
export const EXTRACT_SCRIPT = '/content-scripts/extract.js';

/**
 * Opens the reader over the tab's page, or closes it when open. The one path behind the toolbar
 * popup and the keyboard shortcut. Never throws: a page the browser forbids comes back as
 * `restricted` with a message for the person.
 */
export async function toggleReader(tab: { id?: number; url?: string }): Promise<ToggleOutcome> {
  const before = restrictionForTab(tab);
  if (before) return { status: 'restricted', message: before };
  let result: unknown;
  try {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId: tab.id! /* restrictionForTab refuses a tab without one */ },
      files: [EXTRACT_SCRIPT],
    });
    result = frame?.result;
  } catch (error) {
    return { status: 'restricted', message: restrictionForError(tab.url, error) };
  }
  switch (result as OverlayToggle | undefined) {
    case 'opened':
      return { status: 'opened' };
    case 'closed':
      return { status: 'closed' };
    case 'pdf':
      return { status: 'restricted', message: restrictionMessage('pdf') };
    default:
      return { status: 'restricted', message: restrictionMessage('unknown') };
  }
}
