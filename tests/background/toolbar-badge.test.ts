import { beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { showOutcomeOnToolbar } from '@/utils/extension/toolbar-badge';

beforeEach(() => fakeBrowser.reset());

it('marks the button of a tab the shortcut could not open, with the reason as its tooltip', async () => {
  await showOutcomeOnToolbar(5, { status: 'restricted', message: 'Not here.' });
  expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('!');
  expect(await fakeBrowser.action.getTitle({ tabId: 5 })).toContain('Not here.');
});

it('clears the mark once the reader opens on that tab', async () => {
  await showOutcomeOnToolbar(5, { status: 'restricted', message: 'Not here.' });
  await showOutcomeOnToolbar(5, { status: 'opened' });
  expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('');
  expect(await fakeBrowser.action.getTitle({ tabId: 5 })).toBe('Lucid Reader');
});
