/** Longer selectors are not ones the reader makes, nor ones a person types to name a block. */
export const MAX_SELECTOR_LENGTH = 200;
/** Steps of descent (`a b > c` has three): enough to name a block by its surroundings. */
const MAX_STEPS = 4;

const IDENT = String.raw`-?[_a-zA-Z][\w-]*`;
/** One step: an optional tag, then classes, ids and attributes (without spaces in their values). */
const COMPOUND = new RegExp(String.raw`^(?:${IDENT}|\*)?(?:\.${IDENT}|#${IDENT}|\[${IDENT}(?:="[^"\\\s]*")?\])*$`);

/**
 * True for a plain CSS selector: tags, classes, ids and attributes, joined by descendant or child
 * combinators, at most `MAX_SELECTOR_LENGTH` characters. Anything else — pseudo-classes, lists,
 * escapes, functions — is refused: a rule is data that names blocks, never something that runs, and
 * a plain selector is cheap to match (no `:has()` over the whole page). Checked without a DOM, so the
 * background and an import can check it alike.
 */
export function isPlainSelector(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_SELECTOR_LENGTH) return false;
  const steps = value.trim().split(/\s*>\s*|\s+/);
  return steps.length <= MAX_STEPS && steps.every((step) => step.length > 0 && COMPOUND.test(step));
}
