/** The library's database: the same name everywhere the extension opens it (see library-db.ts). */
export const LIBRARY_DB_NAME = 'lucid-reader-library';

/**
 * Asks the browser to open the library's database, and lets go of it at once: opening a large
 * library's database took 100-300 ms (scripts/bench-library.ts), and the browser keeps it open a
 * moment after, so the page's own opening, once its code has loaded, finds it ready. A library not
 * made yet is left for that code to make, with its schema. Takes no other code: the page's
 * first script to run.
 */
export function warmLibrary(factory: IDBFactory): void {
  const request = factory.open(LIBRARY_DB_NAME);
  // A failure is left to the page's own opening, which meets it again and reports it.
  request.onupgradeneeded = () => request.transaction?.abort();
  request.onsuccess = () => request.result.close();
}
