/**
 * True for an absolute http(s) address: the only kind the reader, shown from the extension's own
 * origin, can load an image from. False for anything else, including null.
 */
export function isWebUrl(url: string | null | undefined): url is string {
  return !!url && /^https?:\/\//i.test(url);
}
