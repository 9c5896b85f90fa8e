import { describe, expect, it } from 'vitest';
import { withoutLegalSuffix } from '@/utils/extract/without-legal-suffix';

describe('withoutLegalSuffix', () => {
  it.each([
    ['Inc. after a comma', 'Harbor Ledger Foundation, Inc.', 'Harbor Ledger Foundation'],
    ['LLC', 'Kestrel Media Group LLC', 'Kestrel Media Group'],
    ['two forms', 'Alder Press Co., Ltd.', 'Alder Press'],
    ['GmbH', 'Nordwind Verlag GmbH', 'Nordwind Verlag'],
    ['a name without one', 'The Courier', 'The Courier'],
    ['a word that only ends like one', 'Alpaca', 'Alpaca'],
    ['nothing but a legal form', 'LLC', 'LLC'],
  ])('%s', (_, name, expected) => {
    expect(withoutLegalSuffix(name)).toBe(expected);
  });
});
