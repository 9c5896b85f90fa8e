import type { ImageKeeping } from '@/components/reader/useKeptImages';
import {
  askToKeepImages,
  canAskForImages,
  declineImages,
  keepsImages,
  shouldAskAboutImages,
} from '@/utils/extension/image-permission';

// A reader frame without the permissions API (Firefox) cannot tell: the library, asked, decides.
const keepsOrUnknown = () => (canAskForImages() ? keepsImages() : Promise.resolve(null));

/** Keeping images, its progress told by `listen`: from the background, or from the library opened here. */
export function imageKeeping(listen: ImageKeeping['listen']): ImageKeeping {
  return {
    keeps: keepsOrUnknown,
    shouldAsk: shouldAskAboutImages,
    ask: askToKeepImages,
    decline: declineImages,
    listen,
  };
}
