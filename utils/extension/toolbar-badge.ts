import { browser } from 'wxt/browser';
import type { ToggleOutcome } from './toggle-reader';

const DEFAULT_TITLE = 'Lucid Reader';

/**
 * Shows a toggle's outcome on the toolbar button of that tab: a "!" badge with the reason as the
 * button's tooltip when the reader could not open (the shortcut has no other place to say so),
 * cleared otherwise.
 */
export async function showOutcomeOnToolbar(tabId: number, outcome: ToggleOutcome): Promise<void> {
  const restricted = outcome.status === 'restricted';
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: restricted ? '!' : '' }),
    browser.action.setTitle({ tabId, title: restricted ? `${DEFAULT_TITLE}: ${outcome.message}` : DEFAULT_TITLE }),
    restricted ? browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' }) : Promise.resolve(),
  ]);
}
