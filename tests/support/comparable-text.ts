/**
 * Text as ../shared/README.md says the corpus compares it: whitespace collapsed, curly quotes made
 * straight. Used on both sides of every comparison.
 */
export function comparable(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}
