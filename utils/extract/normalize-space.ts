/** Collapses runs of whitespace (including non-breaking spaces) to one space and trims. Never fails. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * The text of `node` as `normalizeSpace` gives it, or null when that is longer than `max`
 * characters: for checks that only ever judge short lines (a byline, a dateline, a share prompt).
 * A paragraph is settled by its head alone, as a text's head never collapses to more than the
 * whole does: an article's long paragraphs are not collapsed whole, each time each check meets them.
 */
export function shortText(node: Node, max: number): string | null {
  const raw = node.textContent ?? '';
  const headLength = 2 * max + 2;
  if (raw.length > headLength && normalizeSpace(raw.slice(0, headLength)).length > max) return null;
  const text = normalizeSpace(raw);
  return text.length > max ? null : text;
}
