import { describe, expect, it } from 'vitest';
import { parseContentMessage } from '@/utils/extension/content-messages';
import { parseMessage } from '@/utils/extension/messages';

describe('parseMessage', () => {
  it.each([
    [
      { type: 'toggle-reader', tabId: 4 },
      { type: 'toggle-reader', tabId: 4 },
    ],
    [
      { type: 'get-article', force: true },
      { type: 'get-article', force: true },
    ],
    [{ type: 'close-reader', extra: 'dropped' }, { type: 'close-reader' }],
    [{ type: 'toggle-reader', tabId: 4.5 }, null],
    [{ type: 'toggle-reader' }, null],
    [{ type: 'get-article', force: 'yes' }, null],
    [{ type: 'save-everything' }, null],
    [null, null],
    ['close-reader', null],
  ])('%j -> %j', (input, expected) => {
    expect(parseMessage(input)).toEqual(expected);
  });
});

describe('parseContentMessage', () => {
  it.each([
    [
      { type: 'extract', force: false },
      { type: 'extract', force: false },
    ],
    [{ type: 'close' }, { type: 'close' }],
    [{ type: 'extract' }, null],
    [{ type: 'toggle-reader', tabId: 1 }, null],
    [undefined, null],
  ])('%j -> %j', (input, expected) => {
    expect(parseContentMessage(input)).toEqual(expected);
  });
});
