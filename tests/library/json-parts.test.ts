import { describe, expect, it } from 'vitest';
import { jsonParts } from '@/utils/library/json-parts';

describe('a backup written in parts', () => {
  it('is, put together, the very text JSON.stringify writes', () => {
    const backup = {
      format: 'lucid-reader-backup',
      version: 2,
      empty: [],
      articles: [{ id: 'a1', title: 'Le café “Aux Deux Magots”', tags: ['paris', 'cafés'] }],
      snapshots: [
        { id: 'a1', html: '<p>Straße — 東京</p>', text: 'Straße — 東京' },
        { id: 'a2', html: '<p>"quoted"\n\\ back</p>', text: 'quoted' },
      ],
      // Left out by JSON: gone from the parts too, and null as an array's item.
      missing: undefined,
      handler: () => 'no',
      holes: [1, undefined, () => 2, 3],
      settings: { theme: 'sepia', fontSize: 18, nested: { list: [1, 2] } },
    };
    expect(jsonParts(backup).join('')).toBe(JSON.stringify(backup));
  });

  it('gives each article its own part', () => {
    const snapshots = [{ text: 'one' }, { text: 'two' }, { text: 'three' }];
    expect(jsonParts({ snapshots })).toEqual([
      '{',
      '"snapshots":',
      '[',
      '{"text":"one"}',
      ',',
      '{"text":"two"}',
      ',',
      '{"text":"three"}',
      ']',
      '}',
    ]);
  });

  it('writes an object without fields as JSON does', () => {
    expect(jsonParts({}).join('')).toBe('{}');
  });
});
