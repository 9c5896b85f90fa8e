import { describe, expect, it } from 'vitest';
import { isSiteName } from '@/utils/extract/is-site-name';

describe('isSiteName', () => {
  it.each<[string, string, string[], boolean]>([
    ['the same name', 'The Courier', ['the courier'], true],
    ['the host name without punctuation', 'OS-Ledger', ['www.os-ledger.example'], true],
    ['a name with its TLD', 'Ledger.org', ['ledger.org'], true],
    ['a legal name and the host name', "O'Hara Lowe PLLC", ['oharalowe.example'], true],
    ['the words of the host name', 'Harbor Blog', ['blog.harbor-lang.example'], true],
    ['the words of a longer name', 'Courier', ['The Morning Courier'], true],
    ['a headline', 'Ferry fares rise', ['The Courier', 'courier.example'], false],
    ['a word the host name only contains', 'Harbor', ['harborledger.example'], false],
    ['nothing', '', ['courier.example'], false],
  ])('%s', (_, text, names, expected) => {
    expect(isSiteName(text, names)).toBe(expected);
  });
});
