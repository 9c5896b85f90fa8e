// What a person can ask of `npm run score` about time: how long a page may run before it counts as hung.
import { describe, expect, it } from 'vitest';
import { parseOptions, UsageError } from '../../scripts/score/options';

describe('score options', () => {
  it('gives each page a minute unless told otherwise', () => {
    expect(parseOptions([]).budgetMs).toBe(60_000);
    expect(parseOptions(['--budget', '150']).budgetMs).toBe(150_000);
  });

  it('refuses a budget that is not a positive number of seconds', () => {
    for (const value of ['0', '-5', 'soon']) {
      expect(() => parseOptions(['--budget', value])).toThrow(UsageError);
    }
  });
});
