import { i18n } from '#i18n';
import { libraryInDatabase } from '@/utils/extension/message-client';
import type { ArticleReply } from '@/utils/extension/messages';
import type { ImagesProgressListener } from '@/utils/extension/images-progress';
import { loadSavedArticle } from '@/utils/library/article-store';
import { loadKeptImages } from '@/utils/library/kept-images';
import { LibraryDb } from '@/utils/library/library-db';
import { imageKeeping } from './image-keeping';

/**
 * Object URLs for the kept images, by their `src`, revoked when the article closes (its tab
 * closes or goes elsewhere): a Blob stays in memory while a URL points to it.
 */
function objectUrls(blobs: Map<string, Blob>): Map<string, string> {
  const urls = new Map([...blobs].map(([src, blob]) => [src, URL.createObjectURL(blob)]));
  addEventListener('pagehide', () => urls.forEach((url) => URL.revokeObjectURL(url)), { once: true });
  return urls;
}

/**
 * The reader in a tab of its own (`?article=<id>`): a saved article from the library, offline,
 * its kept images shown from their stored copies.
 */
export function savedArticle(id: string) {
  const db = new LibraryDb();
  const listeners = new Set<ImagesProgressListener>();
  return {
    async loadArticle(): Promise<ArticleReply> {
      const [saved, images] = await Promise.all([loadSavedArticle(db, id), loadKeptImages(db, id)]);
      if (!saved) return { ok: false, reason: 'unavailable', message: i18n.t('library.notInLibrary') };
      return { ok: true, article: saved.article, readerable: true, imageUrls: objectUrls(images) };
    },
    onClose: () => window.close(),
    library: libraryInDatabase(db, (articleId, progress) => listeners.forEach((tell) => tell(articleId, progress))),
    images: imageKeeping((listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }),
  };
}
