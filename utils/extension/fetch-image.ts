import type { FetchImage } from '../library/keep-images';
import { MAX_IMAGE_BYTES } from '../library/keep-images';

/**
 * Fetches an image from its host for keeping, as an anonymous request (no cookies: what is kept
 * is what anyone sees, and the host learns no more than that someone fetched it). An image that
 * announces more than `MAX_IMAGE_BYTES` is not downloaded. Rejects on a network error, an HTTP
 * error or when `signal` aborts.
 */
export const fetchImage: FetchImage = async (url, signal) => {
  const response = await fetch(url, { signal, credentials: 'omit', redirect: 'follow' });
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  if (Number(response.headers.get('content-length')) > MAX_IMAGE_BYTES) {
    await response.body?.cancel();
    return 'too-large';
  }
  return response.blob();
};
