import { describe, expect, it } from 'vitest';
import { formatBytes } from '@/utils/format-bytes';

describe('formatBytes', () => {
  it.each([
    [0, 'en', '0 byte'],
    [820_000, 'en', '820 kB'],
    [3_420_000, 'en', '3.4 MB'],
    [48_000_000, 'en', '48 MB'],
    [3_420_000, 'de', '3,4 MB'],
  ])('%d bytes in %s', (bytes, locale, expected) => {
    expect(formatBytes(bytes, locale)).toBe(expected);
  });
});
