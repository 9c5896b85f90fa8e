import { findBrowser } from './find-browser';

const CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

const INSTALL_HINT =
  'No Firefox found. Install Firefox 140 or later (Debian: sudo apt-get install -y firefox-esr) ' +
  'or point FIREFOX_PATH at the browser executable.';

/** Returns the Firefox to drive: FIREFOX_PATH, else the system's Firefox ESR or Firefox; throws INSTALL_HINT when none. */
export function findFirefox(): string {
  return findBrowser('FIREFOX_PATH', CANDIDATES, INSTALL_HINT);
}
