import { describe, expect, it } from 'vitest';
import de from '../../locales/de.json';
import en from '../../locales/en.json';

/** Every message by its dotted key. */
function messages(tree: object, prefix = ''): Map<string, string> {
  const all = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') all.set(prefix + key, value);
    else for (const [k, v] of messages(value as object, `${prefix}${key}.`)) all.set(k, v);
  }
  return all;
}

const placeholders = (text: string) => (text.match(/\$\d/g) ?? []).toSorted();

const english = messages(en);
const german = messages(de);

describe('the German UI', () => {
  it('translates every message there is in English, and nothing else', () => {
    expect([...german.keys()].toSorted()).toEqual([...english.keys()].toSorted());
  });

  it.each([...english.keys()])('%s keeps the same placeholders', (key) => {
    expect(placeholders(german.get(key)!)).toEqual(placeholders(english.get(key)!));
  });

  it('is German, not English left in place (but for the name and units)', () => {
    const sameInBoth = new Set(['extName', 'type.sizeValue']);
    const same = [...english].filter(
      ([key, text]) => german.get(key) === text && /\s/.test(text) && !sameInBoth.has(key),
    );
    expect(same).toEqual([]);
  });
});
