/**
 * `JSON.stringify(value)` of a plain object, in parts whose concatenation is that same text: each
 * item of an array among its fields is a part of its own. A Blob is made several times faster of
 * many short strings than of one very long one: a single character outside Latin-1 makes a string
 * two bytes a character throughout, and the whole of it is then encoded character by character,
 * where a short ASCII part is copied as it is.
 */
export function jsonParts(value: Record<string, unknown>): string[] {
  const parts = ['{'];
  for (const [key, field] of Object.entries(value)) {
    const json = Array.isArray(field) ? null : JSON.stringify(field);
    // A field JSON leaves out (undefined, a function) is left out here too.
    if (json === undefined) continue;
    if (parts.length > 1) parts.push(',');
    parts.push(`${JSON.stringify(key)}:`);
    if (json !== null) {
      parts.push(json);
      continue;
    }
    parts.push('[');
    for (const [i, item] of (field as unknown[]).entries()) {
      if (i > 0) parts.push(',');
      // An item JSON has no text for is null in an array.
      parts.push(JSON.stringify(item) ?? 'null');
    }
    parts.push(']');
  }
  parts.push('}');
  return parts;
}
