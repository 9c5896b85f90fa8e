import { findBrowser } from './find-browser';

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
  return findBrowser('CHROMIUM_PATH', CANDIDATES, INSTALL_HINT);
}
