import { describe, expect, it } from 'vitest';
import { stripBidiControls } from '@/utils/extract/strip-bidi-controls';

describe('stripBidiControls', () => {
  it.each([
    ['an override', 'Invoice \u202efdp.exe', 'Invoice fdp.exe'],
    ['embeddings and their end', '\u202aA\u202b\u202cB', 'AB'],
    ['isolates', '\u2066Eve\u2069 and \u2067Mallory\u2069', 'Eve and Mallory'],
    ['right-to-left marks, which stay', 'عنوان\u200f (2024)\u200e', 'عنوان\u200f (2024)\u200e'],
    ['plain text', 'Harbour notes', 'Harbour notes'],
  ])('%s', (_, input, expected) => {
    expect(stripBidiControls(input)).toBe(expected);
  });
});
