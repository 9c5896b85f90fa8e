import { describe, expect, it } from 'vitest';
import { MAX_BLOCK_TEXT, parseContentMessage } from '@/utils/extension/content-messages';
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

const rule = { selector: 'div.tide-times', kind: 'box', sample: 'Tides at Quay Street' };

describe('parseContentMessage', () => {
  it.each([
    [
      { type: 'extract', force: false, rules: null },
      { type: 'extract', force: false, rules: null },
    ],
    [
      { type: 'extract', force: false, rules: { removals: [rule], content: null } },
      { type: 'extract', force: false, rules: { removals: [rule], content: null } },
    ],
    [{ type: 'extract', force: false, rules: { removals: [{ ...rule, selector: 'p:has(a)' }], content: null } }, null],
    [{ type: 'extract', force: false }, null],
    [
      { type: 'describe-block', text: 'Tides at Quay Street', image: null },
      { type: 'describe-block', text: 'Tides at Quay Street', image: null },
    ],
    [{ type: 'describe-block', text: 'x'.repeat(MAX_BLOCK_TEXT + 1), image: null }, null],
    [{ type: 'close' }, { type: 'close' }],
    [{ type: 'pick-content', selector: 'body' }, { type: 'pick-content' }],
    [{ type: 'extract' }, null],
    [{ type: 'toggle-reader', tabId: 1 }, null],
    [undefined, null],
  ])('%j -> %j', (input, expected) => {
    expect(parseContentMessage(input)).toEqual(expected);
  });
});
