import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { whenExtensionGone } from '@/utils/extension/extension-gone';

const runtimeId = fakeBrowser.runtime.id;
afterEach(() => {
  vi.useRealTimers();
  Object.assign(fakeBrowser.runtime, { id: runtimeId });
});

/** What the browser does to an orphaned content script: its runtime has no id any more. */
const unloadExtension = () => Object.assign(fakeBrowser.runtime, { id: undefined });

describe('whenExtensionGone', () => {
  it('calls back once, soon after the extension goes away', () => {
    vi.useFakeTimers();
    const gone = vi.fn();
    whenExtensionGone(gone);
    vi.advanceTimersByTime(5_000);
    expect(gone).not.toHaveBeenCalled();
    unloadExtension();
    vi.advanceTimersByTime(1_000);
    vi.advanceTimersByTime(5_000);
    expect(gone).toHaveBeenCalledTimes(1);
  });

  it('stays silent once told to stop', () => {
    vi.useFakeTimers();
    const gone = vi.fn();
    whenExtensionGone(gone)();
    unloadExtension();
    vi.advanceTimersByTime(5_000);
    expect(gone).not.toHaveBeenCalled();
  });
});
