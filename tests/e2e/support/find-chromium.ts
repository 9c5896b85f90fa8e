import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

const INSTALL_HINT =
  'No Chromium or Chrome found. Install one (Debian/Ubuntu: sudo apt-get install -y chromium) ' +
  'or point CHROMIUM_PATH at the browser executable.';

/** Returns the browser to drive: CHROMIUM_PATH, else the system's Chromium or Chrome; throws INSTALL_HINT when none. */
export function findChromium(): string {
  const { CHROMIUM_PATH } = process.env;
  if (CHROMIUM_PATH) {
    if (!existsSync(CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH points at ${CHROMIUM_PATH}, which does not exist.`);
    return CHROMIUM_PATH;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) throw new Error(INSTALL_HINT);
  return found;
}
