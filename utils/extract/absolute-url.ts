/**
 * Resolves `value` against `base` and returns the absolute URL, or null when `value` is empty or
 * cannot be parsed. The reader shows articles from a chrome-extension:// origin, so every URL it
 * receives must already be absolute.
 */
export function absoluteUrl(value: string | null | undefined, base: string): string | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return null;
  }
}
