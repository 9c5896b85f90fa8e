// `npm run demo`: build the extension, serve the sample pages, open one in Chromium with the
// extension and open the reader on it, as a person would. Headless where there is no display,
// leaving a screenshot.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { launchExtension } from '../tests/e2e/support/launch-extension';
import { openReaderDocument } from '../tests/e2e/support/open-reader';
import { servePages } from '../tests/e2e/support/serve-pages';

const DEMO_PAGE = 'lakeside-gazette-library-reopens';
const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));

async function main() {
  console.log('Building the extension…');
  execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });

  const server = await servePages();
  const headed = Boolean(process.env.DISPLAY) && !process.argv.includes('--headless');
  const extension = await launchExtension({ headed });
  const page = await extension.context.newPage();
  await page.goto(server.pageUrl(DEMO_PAGE));
  console.log(`Serving the sample pages at ${server.origin}/ (e.g. ${server.pageUrl(DEMO_PAGE)})`);

  const reader = await openReaderDocument(extension, page);
  console.log(`Reader open on: ${await reader.locator('article h1').textContent()}`);

  // Playwright creates the folder.
  const screenshot = `${ARTIFACTS}demo-reader.png`;
  await page.screenshot({ path: screenshot });
  console.log(`Screenshot of the reader: ${screenshot}`);

  if (headed) {
    console.log('Chromium stays open: try Alt+Shift+R, Esc, or other pages. Close the window (or Ctrl+C) to stop.');
    await new Promise<void>((resolve) => extension.context.on('close', () => resolve()));
  } else {
    console.log('No display here, so Chromium ran headless and has closed.');
    await extension.close();
  }
  await server.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
