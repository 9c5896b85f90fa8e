import type { Frame } from 'playwright-core';

interface KeyDefinition {
  code: string;
  keyCode: number;
  /** The character typed, for keys that type one. */
  text?: string;
  /** Typed with Shift held on a US layout (`?` is Shift+/). */
  shifted?: boolean;
}

const NAMED: Record<string, KeyDefinition> = {
  Enter: { code: 'Enter', keyCode: 13, text: '\r' },
  Escape: { code: 'Escape', keyCode: 27 },
  Tab: { code: 'Tab', keyCode: 9 },
  Delete: { code: 'Delete', keyCode: 46 },
  ArrowDown: { code: 'ArrowDown', keyCode: 40 },
  ArrowUp: { code: 'ArrowUp', keyCode: 38 },
  '[': { code: 'BracketLeft', keyCode: 219, text: '[' },
  ']': { code: 'BracketRight', keyCode: 221, text: ']' },
  '?': { code: 'Slash', keyCode: 191, text: '?', shifted: true },
};

const MODIFIERS: Record<string, number> = { Alt: 1, Control: 2, Meta: 4, Shift: 8 };

function definition(key: string): KeyDefinition {
  if (NAMED[key]) return NAMED[key];
  if (/^[a-z]$/.test(key))
    return { code: `Key${key.toUpperCase()}`, keyCode: key.toUpperCase().charCodeAt(0), text: key };
  throw new Error(`No key definition for ${JSON.stringify(key)}: add it to reader-input.ts`);
}

/** The DevTools key events for `combo` (`t`, `Enter`, `Control+Enter`, `Shift+Tab`). */
function keyEvents(combo: string) {
  const parts = combo.split('+');
  const key = parts.pop()!;
  const known = definition(key);
  let modifiers = parts.reduce((all, name) => {
    if (!MODIFIERS[name]) throw new Error(`Unknown modifier ${name} in ${combo}`);
    return all | MODIFIERS[name];
  }, 0);
  if (known.shifted) modifiers |= MODIFIERS.Shift!;
  // A key pressed with Control, Alt or Meta types nothing, as on a real keyboard.
  const text = modifiers & ~MODIFIERS.Shift! ? undefined : known.text;
  const common = {
    key,
    code: known.code,
    windowsVirtualKeyCode: known.keyCode,
    nativeVirtualKeyCode: known.keyCode,
    modifiers,
  };
  return {
    down: { ...common, type: text ? 'keyDown' : 'rawKeyDown', text, unmodifiedText: text },
    up: { ...common, type: 'keyUp' },
  };
}

/**
 * Presses keys in the reader's own document: trusted key events (they give the reader the user
 * activation its library changes need) sent through the DevTools session of the reader's frame.
 * The browser hands them to that frame's widget directly, whichever frame of the tab has focus,
 * so the test does not depend on where the browser's keyboard focus is.
 */
export async function pressInReader(reader: Frame, ...combos: string[]): Promise<void> {
  const cdp = await reader.page().context().newCDPSession(reader);
  try {
    for (const combo of combos) {
      const { down, up } = keyEvents(combo);
      await cdp.send('Input.dispatchKeyEvent', down as never);
      await cdp.send('Input.dispatchKeyEvent', up as never);
    }
  } finally {
    await cdp.detach().catch(() => {}); // the frame may have gone with the last key (Esc)
  }
}

/**
 * Presses `combo` down in the reader and leaves it there: for a key that makes the reader's frame
 * go away (Esc), whose release would be sent to a frame that no longer exists. The frame can go
 * before DevTools acknowledges the press: a press that closed it is not an error; the caller waits
 * for what the key does.
 */
export async function pressDownInReader(reader: Frame, combo: string): Promise<void> {
  const cdp = await reader.page().context().newCDPSession(reader);
  try {
    await cdp.send('Input.dispatchKeyEvent', keyEvents(combo).down as never);
  } catch (error) {
    if (!reader.isDetached() && !String(error).includes('has been closed')) throw error;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/**
 * Clicks the middle of `selector` in the reader with the mouse's left button, through the reader
 * frame's own DevTools session (the frame covers the whole tab, so its coordinates are the tab's).
 * A click that closes the reader takes its frame away: the session then ends, and nothing waits on
 * an answer from a frame that is gone.
 */
export async function clickInReader(reader: Frame, selector: string): Promise<void> {
  const box = await reader.locator(selector).evaluate((element) => {
    const rect = element.getBoundingClientRect();
    return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  });
  const cdp = await reader.page().context().newCDPSession(reader);
  try {
    const at = { x: box.x, y: box.y, button: 'left', clickCount: 1 };
    await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...at } as never);
    // The click happens on release: when it closes the reader, the frame (and this session) can
    // be gone before DevTools acknowledges the release.
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...at } as never).catch((error: unknown) => {
      if (!reader.isDetached() && !String(error).includes('has been closed')) throw error;
    });
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/**
 * Types `text` into the element focused in the reader, one trusted key press per character, as a
 * keyboard does. Not DevTools' insertText (nor Playwright's fill, which uses it): that goes to the
 * frame the browser has focused, which need not be the reader.
 */
export async function typeInReader(reader: Frame, text: string): Promise<void> {
  const cdp = await reader.page().context().newCDPSession(reader);
  try {
    for (const character of text) {
      await cdp.send('Input.dispatchKeyEvent', {
        type: 'keyDown',
        key: character,
        text: character,
        unmodifiedText: character,
      } as never);
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: character } as never);
    }
  } finally {
    await cdp.detach().catch(() => {});
  }
}
