import type { LaunchedExtension } from './launch-extension';

/**
 * Gives the extension a profile as fresh as a new install's: its storage areas (settings, site
 * rules) emptied, its IndexedDB databases (the library) deleted, and no site always open (no
 * script registered, no site's access held).
 *
 * The work runs in an extension page that runs none of the extension's code (its manifest, shown
 * as text): it has the extension's storage and database, whether or not the service worker is
 * running. An open connection to the library (the background's) closes itself when the database is
 * deleted and opens the new, empty one on its next use.
 */
export async function cleanProfile(extension: LaunchedExtension): Promise<void> {
  const { context, extensionId } = extension;
  const cleaner = await context.newPage();
  await cleaner.goto(`chrome-extension://${extensionId}/manifest.json`);
  await cleaner.evaluate(async () => {
    const { storage, scripting, permissions } = (
      globalThis as unknown as {
        chrome: {
          storage: Record<'local' | 'sync' | 'session', { clear(): Promise<void> }>;
          scripting: { unregisterContentScripts(): Promise<void> };
          permissions: {
            getAll(): Promise<{ origins?: string[] }>;
            remove(permissions: { origins: string[] }): Promise<boolean>;
          };
        };
      }
    ).chrome;
    await Promise.all([storage.local.clear(), storage.sync.clear(), storage.session.clear()]);
    await scripting.unregisterContentScripts();
    const { origins = [] } = await permissions.getAll();
    if (origins.length > 0) await permissions.remove({ origins });
    localStorage.clear();
    const databases = await indexedDB.databases();
    await Promise.all(
      databases.map(
        ({ name }) =>
          new Promise<void>((resolve, reject) => {
            const request = indexedDB.deleteDatabase(name!);
            // Blocked: a connection has not closed yet. Deleting goes on once it does; one that never
            // closes fails the test here, as it would keep the old data.
            let blocked: ReturnType<typeof setTimeout> | undefined;
            request.addEventListener('blocked', () => {
              blocked = setTimeout(
                () => reject(new Error(`Deleting the database ${name} stays blocked by an open connection`)),
                10_000,
              );
            });
            request.addEventListener('success', () => {
              clearTimeout(blocked);
              resolve();
            });
            request.addEventListener('error', () =>
              reject(new Error(`Could not delete the database ${name}: ${request.error?.message}`)),
            );
          }),
      ),
    );
    if ((await indexedDB.databases()).length > 0) throw new Error('A database is left after deleting them all');
  });
  await cleaner.close();
}
