/**
 * Saves `content` (whole, or as parts put together) as a file named `name` through the browser's own
 * download, as a link with `download` does: no downloads permission, nothing leaves the machine.
 */
export function downloadFile(
  doc: Document,
  name: string,
  content: string | Uint8Array<ArrayBuffer> | string[],
  type: string,
): void {
  const url = URL.createObjectURL(new Blob(Array.isArray(content) ? content : [content], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download has its own copy once it started; the address is only needed until then.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file name from a title: letters, digits and dashes, short enough for every file system. */
export function fileNameFrom(title: string, extension: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .toLowerCase();
  return `${stem || 'article'}.${extension}`;
}
