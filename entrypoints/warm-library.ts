import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { warmLibrary } from '@/utils/library/warm-library';

// The popup's first script, a file of its own that runs while the popup's code still loads (see warm-library.ts).
export default defineUnlistedScript(() => warmLibrary(indexedDB));
