// The report's extra and missing lines: lines whose words the other text mostly lacks.
import { describe, expect, it } from 'vitest';
import { extraLines, linesMostlyAbsent, missingLines } from '../../scripts/score/line-diff';

const output = ['Top story', 'The ferry resumes service tonight.', '  Subscribe to our newsletter  ', '', '---'].join(
  '\n',
);
const truth = ['The ferry resumes service tonight.', 'Crews repaired the ramp overnight.'].join('\n');

describe('extraLines', () => {
  it('lists the output lines the truth mostly lacks, trimmed, skipping lines without words', () => {
    expect(extraLines(output, truth)).toEqual(['Top story', 'Subscribe to our newsletter']);
  });
});

describe('missingLines', () => {
  it('lists the truth lines the output mostly lacks', () => {
    // "the" is in the output, the other four words are not: 4/5 absent.
    expect(missingLines(output, truth)).toEqual(['Crews repaired the ramp overnight.']);
  });

  it('lists nothing when the output holds the truth', () => {
    expect(missingLines(`${truth}\nMore clutter`, truth)).toEqual([]);
  });
});

describe('linesMostlyAbsent', () => {
  it('needs more than half of a line absent: exactly half is not', () => {
    expect(linesMostlyAbsent('ferry news', 'ferry')).toEqual([]);
    expect(linesMostlyAbsent('ferry news today', 'ferry')).toEqual(['ferry news today']);
  });

  it('compares words case-insensitively', () => {
    expect(linesMostlyAbsent('FERRY NEWS', 'ferry news')).toEqual([]);
  });
});
