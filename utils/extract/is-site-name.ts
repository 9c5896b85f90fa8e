import { withoutLegalSuffix } from './without-legal-suffix';
import { words } from './words';

/** The forms a site name is matched in: "Bold.org" -> "boldorg", "bold"; "rust-lang" -> "rustlang". */
function keys(name: string): string[] {
  const labels =
    name.includes('.') && !/\s/.test(name)
      ? name
          .toLowerCase()
          .replace(/^www\./, '')
          .split('.')
      : [];
  return [
    words(withoutLegalSuffix(name)).join(''),
    // A host name's labels but its last (the TLD): "blog.ravven.dev" -> "ravven", "blogravven".
    ...labels.slice(0, -1).map((label) => words(label).join('')),
    words(labels.slice(0, -1).join('')).join(''),
  ].filter((key) => key.length >= 3);
}

/**
 * Whether `text` (a part of a page title) names the site rather than the article: it spells one of
 * `siteNames` (site names, publisher names, host names) once case, punctuation, spaces and a legal
 * suffix are set aside ("OS-System" and os-system.com, "O'Malley Tunstall PLLC" and
 * omalleytunstall.com), or all its words are words of one of them ("Rust Blog" and
 * blog.rust-lang.org). False for empty text.
 */
export function isSiteName(text: string, siteNames: readonly string[]): boolean {
  const textWords = words(withoutLegalSuffix(text));
  if (textWords.length === 0) return false;
  const textKey = textWords.join('');
  return siteNames.some((name) => {
    if (keys(name).includes(textKey)) return true;
    const nameWords = new Set(words(name));
    return textWords.every((word) => nameWords.has(word));
  });
}
