/** The primary language subtag of a language tag ("en" for "en-GB" or "en_US"), lower-cased. */
export function primaryLanguage(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0]!;
}
