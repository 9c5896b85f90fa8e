// The tune/check split of WCXB: every page of a domain falls in the same half, so rules written while
// looking at the tune half are measured on sites they never saw.

export type Half = 'tune' | 'check';

/** The page's site: its hostname without a leading "www."; null when `url` is not a URL. */
export function domainOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** FNV-1a, 32 bits, over the UTF-8 bytes of `text` (offset basis 2166136261, prime 16777619). */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The half of a domain: "tune" when its FNV-1a hash is even, else "check". The lowest bit is the one
 * the extraction rules were tuned against (it is the parity of the domain's odd-valued bytes, still a
 * fixed half for every domain, about half of them each); changing it would put pages looked at while
 * tuning into the half that judges.
 */
export function halfOf(domain: string): Half {
  return fnv1a32(domain) % 2 === 0 ? 'tune' : 'check';
}

/** Which domains each half holds, as printed above its table. */
export const HALF_RULE: Record<Half, string> = {
  tune: 'domains whose FNV-1a 32-bit hash is even',
  check: 'domains whose FNV-1a 32-bit hash is odd',
};
