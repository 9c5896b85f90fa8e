/** Collapses runs of whitespace (including non-breaking spaces) to one space and trims. Never fails. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}
