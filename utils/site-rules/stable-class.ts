/** Prefixes of the class names CSS-in-JS libraries and build tools generate per build. */
const GENERATED_PREFIX = /^(?:css|sc|jsx|svelte|emotion|astro|tw|chakra|mui)-/i;
/** Longer class names are not names a person gave a kind of block. */
const MAX_CLASS_LENGTH = 40;

/** True for a part of a class name that looks like a hash: letters mixed with digits, or with random case. */
function looksGenerated(part: string): boolean {
  if (part.length >= 5 && /\d/.test(part) && /[a-z]/i.test(part)) return true;
  if (/\d{3,}/.test(part)) return true;
  // "kVbQZx": a short part whose case flips again and again (a real name flips once per word).
  return part.length <= 8 && (part.match(/[a-z][A-Z]/g) ?? []).length >= 2;
}

/**
 * True for a class name that names a kind of block the same way on every page of a site
 * ("newsletter-signup", "story__body"): a plain CSS identifier with no part that looks generated
 * ("css-1q2w3e", "Header_title__3kd9F", "sc-bdVaJa"), which a new build of the site would rename.
 */
export function isStableClass(name: string): boolean {
  if (name.length > MAX_CLASS_LENGTH || !/^-?[_a-zA-Z][\w-]*$/.test(name) || GENERATED_PREFIX.test(name)) return false;
  return !name.split(/[-_]+/).some(looksGenerated);
}
