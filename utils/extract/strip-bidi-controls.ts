/** Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069); the marks U+200E/U+200F stay. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * `text` without the characters that turn the direction of the text after them. In a one-line
 * label a page can use them to spoof: a site name "\u202emoc.knab" shows as "bank.com", a title
 * "Invoice \u202efdp.exe" as "Invoice exe.pdf". The reader lays each label out in the article's
 * direction, and the marks a right-to-left title needs (U+200E/U+200F) are kept. Never fails.
 */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
