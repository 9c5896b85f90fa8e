import { act } from 'preact/test-utils';

/** The button named `name` (its aria-label, else its text) under `root`; undefined when none is. */
export function buttonNamed(root: Element, name: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll<HTMLButtonElement>('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name,
  );
}

/** Presses `key` as the browser does: a keydown on whatever has focus (or on `target`). */
export async function pressKey(key: string, options: KeyboardEventInit = {}, target?: EventTarget): Promise<void> {
  await act(async () => {
    (target ?? document.activeElement ?? document.body).dispatchEvent(
      new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...options }),
    );
  });
}

/** Lets answers that come as macrotasks (fake-indexeddb, storage) arrive and render. */
export async function settle(): Promise<void> {
  await act(async () => {
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 5));
  });
}
