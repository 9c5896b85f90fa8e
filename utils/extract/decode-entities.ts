/** The named references that CMSs leave in titles and names; a rarer one stays as written. */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  bull: '•',
  middot: '·',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
};

const REFERENCE = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]{2,8}));/gi;

function codePoint(value: number): string | null {
  return value > 0 && value <= 0x10ffff && (value < 0xd800 || value > 0xdfff) ? String.fromCodePoint(value) : null;
}

/**
 * Decodes the character references left in a text that was escaped twice ("Tips &#8211; Tricks",
 * "M&amp;#038;A" after the parser's own pass): CMSs escape headlines before writing them into meta
 * tags and JSON-LD. Decodes again while references remain, as a text escaped three times has them
 * after one pass. Unknown names and invalid numbers stay as written. Never fails.
 */
export function decodeEntities(text: string): string {
  let decoded = text;
  for (let pass = 0; pass < 3 && decoded.includes('&'); pass++) {
    const next = decoded.replace(REFERENCE, (reference, decimal?: string, hex?: string, name?: string) => {
      if (name) return NAMED[name.toLowerCase()] ?? reference;
      return codePoint(decimal ? Number(decimal) : Number.parseInt(hex!, 16)) ?? reference;
    });
    if (next === decoded) break;
    decoded = next;
  }
  return decoded;
}
