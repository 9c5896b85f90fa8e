import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, parseSettings, type ReaderSettings } from './reader-settings';

/**
 * The reader's settings in storage.local, versioned so a later shape can migrate from this one.
 * Version 1 is the first. Reads always go through parseSettings: whatever is stored, the reader
 * gets a whole, valid set.
 */
const item = storage.defineItem<unknown>('local:readerSettings', { fallback: DEFAULT_SETTINGS, version: 1 });

export async function loadSettings(): Promise<ReaderSettings> {
  try {
    return parseSettings(await item.getValue());
  } catch {
    // Storage unreadable (a broken profile): the reader still opens, with the defaults.
    return DEFAULT_SETTINGS;
  }
}

export async function saveSettings(settings: ReaderSettings): Promise<void> {
  await item.setValue(settings);
}

/** Calls `onChange` when another reader (another tab) changes the settings. */
export function watchSettings(onChange: (settings: ReaderSettings) => void): () => void {
  return item.watch((value) => onChange(parseSettings(value)));
}
