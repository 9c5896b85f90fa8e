// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { Popup } from '@/components/popup/Popup';
import { useRenderRoot } from '../support/render-root';
import type { ToggleOutcome } from '@/utils/extension/toggle-reader';

const root = useRenderRoot();

async function show(props: Partial<Parameters<typeof Popup>[0]> = {}) {
  const all = {
    restriction: null,
    shortcut: 'Alt+Shift+R',
    onRead: vi.fn(async (): Promise<ToggleOutcome> => ({ status: 'opened' })),
    onOpenShortcutSettings: vi.fn(),
    onOpenSiteRules: vi.fn(),
    onDone: vi.fn(),
    ...props,
  };
  await act(async () => render(<Popup {...all} />, root()));
  return all;
}

const readButton = () => root().querySelector<HTMLButtonElement>('button')!;

describe('Popup', () => {
  it('has "Read this page" as its first control, focused', async () => {
    await show();
    expect(readButton().textContent).toBe('Read this page');
    expect(root().querySelector('button, a, input')).toBe(readButton());
    expect(document.activeElement).toBe(readButton());
  });

  it('opens the reader and closes itself', async () => {
    const props = await show();
    await act(async () => {
      readButton().click();
      await new Promise((resolve) => setTimeout(resolve));
    });
    expect(props.onRead).toHaveBeenCalledOnce();
    expect(props.onDone).toHaveBeenCalledOnce();
  });

  it('says plainly when the browser forbids the page, and stays open', async () => {
    const props = await show({ onRead: async () => ({ status: 'restricted', message: 'Not on browser pages.' }) });
    await act(async () => {
      readButton().click();
      await new Promise((resolve) => setTimeout(resolve));
    });
    expect(root().querySelector('[role="alert"]')!.textContent).toBe('Not on browser pages.');
    expect(props.onDone).not.toHaveBeenCalled();
  });

  it('shows a restriction known before any attempt', async () => {
    await show({ restriction: 'Not on browser pages.' });
    expect(root().querySelector('[role="alert"]')!.textContent).toBe('Not on browser pages.');
  });

  it('shows the shortcut and opens the browser settings to change it', async () => {
    const props = await show();
    expect(root().querySelector('kbd')!.textContent).toBe('Alt+Shift+R');
    await act(async () => root().querySelector('a')!.click());
    expect(props.onOpenShortcutSettings).toHaveBeenCalledOnce();
  });

  it('opens the page of site rules', async () => {
    const props = await show();
    const button = [...root().querySelectorAll('button')].find((b) => b.textContent === 'Site rules')!;
    await act(async () => button.click());
    expect(props.onOpenSiteRules).toHaveBeenCalledOnce();
  });

  it('is drawn before the browser says which tab it is on, and shows what it says when it does', async () => {
    const props = await show({ shortcut: null });
    expect(root().querySelector('.shortcut')).toBeNull();
    expect(root().querySelector('[role="alert"]')).toBeNull();
    await act(async () =>
      render(<Popup {...props} shortcut="Alt+Shift+R" restriction="Not on browser pages." />, root()),
    );
    expect(root().querySelector('kbd')!.textContent).toBe('Alt+Shift+R');
    expect(root().querySelector('[role="alert"]')!.textContent).toBe('Not on browser pages.');
  });

  it('says when no shortcut is set', async () => {
    await show({ shortcut: '' });
    expect(root().textContent).toContain('No keyboard shortcut set.');
    expect(root().querySelector('a')!.textContent).toBe('Set one');
  });
});
