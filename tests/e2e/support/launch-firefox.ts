import { randomUUID } from 'node:crypto';
import { launch, type Browser } from 'puppeteer-core';
import { findFirefox } from './find-firefox';

/** The extension's id in Firefox, as wxt.config.ts declares it. */
const GECKO_ID = 'lucid-reader@lucidreader.example';

export interface FirefoxWithExtension {
  browser: Browser;
  /** `moz-extension://<uuid>`: where the extension's pages (the reader's frame, the popup) live. */
  extensionOrigin: string;
  close(): Promise<void>;
}

/**
 * Starts Firefox in a fresh profile and installs `extension` (a folder, or the store's zip) as a
 * temporary add-on, the way about:debugging loads one. Headless unless `headed`.
 *
 * Driven by puppeteer-core over WebDriver BiDi: it speaks BiDi to Firefox out of the box (no
 * geckodriver to install, unlike selenium-webdriver), installs add-ons with BiDi's
 * webExtension.install, and its API is the one the Chromium tests' Playwright resembles most.
 * The extension's internal UUID is fixed before it installs, so the test knows its origin.
 * Throws, saying why and what to install, when Firefox cannot be started or driven.
 */
export async function launchFirefox(options: { extension: string; headed?: boolean }): Promise<FirefoxWithExtension> {
  const executablePath = findFirefox();
  const uuid = randomUUID();
  let browser: Browser;
  try {
    browser = await launch({
      browser: 'firefox',
      executablePath,
      headless: !options.headed,
      defaultViewport: null,
      protocolTimeout: 30_000,
      // Puppeteer's own profile already turns off updates, telemetry and first-run pages.
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }) },
    });
  } catch (error) {
    throw new Error(
      `Firefox (${executablePath}) could not be driven over WebDriver BiDi: ${(error as Error).message}. ` +
        'It needs Firefox 140 or later (Debian: sudo apt-get install -y firefox-esr) and, headed, an X display.',
      { cause: error },
    );
  }
  try {
    const installed = await browser.installExtension(options.extension);
    if (installed !== GECKO_ID) throw new Error(`installed as ${installed}, not ${GECKO_ID}`);
  } catch (error) {
    await browser.close();
    throw new Error(`Firefox did not install ${options.extension}: ${(error as Error).message}`, { cause: error });
  }
  return { browser, extensionOrigin: `moz-extension://${uuid}`, close: () => browser.close() };
}
