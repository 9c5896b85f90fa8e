import type { LaunchedExtension } from './launch-extension';

/** The optional host permissions the manifest declares for keeping images. */
const IMAGE_HOSTS = ['*://*/*'];

/**
 * Grants the extension the hosts it keeps images from, as a person does in the browser's own
 * extension settings (chrome://extensions, "Site access"), through the API that page uses. A test
 * cannot answer the prompt `permissions.request` shows; once the person has granted the hosts
 * there, the same call, from the extension's own click handler, resolves true without a prompt.
 * So the extension's code runs exactly as it does for the person, prompt aside.
 */
export async function grantImageHosts(extension: LaunchedExtension): Promise<void> {
  const settings = await extension.context.newPage();
  await settings.goto('chrome://extensions/');
  await settings.evaluate(
    async ({ extensionId, hosts }) => {
      // @ts-expect-error chrome.developerPrivate exists only on chrome://extensions
      for (const host of hosts) await chrome.developerPrivate.addHostPermission(extensionId, host);
    },
    { extensionId: extension.extensionId, hosts: IMAGE_HOSTS },
  );
  await settings.close();
}
