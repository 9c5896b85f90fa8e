import { browser } from 'wxt/browser';
import type { OverlayToggle } from './reader-overlay';
import { restrictionForError, restrictionForTab, restrictionMessage } from './restricted-pages';

/** What a toggle did, told to whoever asked (the popup shows `message`). */
export type ToggleOutcome = { status: 'opened' } | { status: 'closed' } | { status: 'restricted'; message: string };

/** The built content scripts, injected only when the user asks: the reader's frame (entrypoints/overlay.content.ts) first. */
export const OVERLAY_SCRIPT = '/content-scripts/overlay.js';
/** Then the extractor that gives it its article (entrypoints/extract.content.ts). */
export const EXTRACT_SCRIPT = '/content-scripts/extract.js';

/** Per tab, the extractor's injection under way: the reader's frame may ask for its article before it is in. */
const extractors = new Map<number, Promise<unknown>>();

/** Resolves once the extractor injected into tab `tabId` (if one is being injected) is there. */
export async function extractorInjected(tabId: number): Promise<void> {
  await extractors.get(tabId)?.catch(() => {});
}

/**
 * Opens the reader over the tab's page, or closes it when open. The one path behind the toolbar
 * popup and the keyboard shortcut. Never throws: a page the browser forbids comes back as
 * `restricted` with a message for the person.
 */
export async function toggleReader(tab: { id?: number; url?: string }): Promise<ToggleOutcome> {
  const before = restrictionForTab(tab);
  if (before) return { status: 'restricted', message: before };
  const tabId = tab.id!; // restrictionForTab refuses a tab without one
  let result: unknown;
  try {
    // Two injections: the frame starts loading as soon as its small script has run, while the
    // page still compiles the extractor's.
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: [OVERLAY_SCRIPT] });
    result = frame?.result;
    if (result === 'opened') {
      const injected = browser.scripting.executeScript({ target: { tabId }, files: [EXTRACT_SCRIPT] });
      extractors.set(tabId, injected);
      try {
        await injected;
      } finally {
        if (extractors.get(tabId) === injected) extractors.delete(tabId);
      }
    }
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
