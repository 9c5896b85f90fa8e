import { normalizeSpace } from './normalize-space';

/** "Inc.", "LLC", "GmbH"...: the legal form a company's registered name ends with. */
const LEGAL_SUFFIX =
  /(?:,?\s+(?:inc|incorporated|llc|l\.l\.c|llp|pllc|ltd|limited|plc|corp|corporation|co|gmbh|ag|s\.?a|s\.?a\.?s|s\.?r\.?l|b\.?v|n\.?v|pty|oy|ab|as|kk|k\.k)\.?)+$/i;

/**
 * "Foo Media Group, LLC" -> "Foo Media Group": a publisher's legal name as the site would call
 * itself. Returns the name unchanged when it has no legal suffix, or is nothing but one.
 */
export function withoutLegalSuffix(name: string): string {
  const clean = normalizeSpace(name);
  return clean.replace(LEGAL_SUFFIX, '') || clean;
}
