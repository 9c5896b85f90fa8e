import { existsSync } from 'node:fs';

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
  const { FIREFOX_PATH } = process.env;
  if (FIREFOX_PATH) {
    if (!existsSync(FIREFOX_PATH)) throw new Error(`FIREFOX_PATH points at ${FIREFOX_PATH}, which does not exist.`);
    return FIREFOX_PATH;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) throw new Error(INSTALL_HINT);
  return found;
}
