import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeScan, describeViolations, type SeriousViolation } from './support/axe-scan';
import { openReaderDocument } from './support/open-reader';
import { pressToolbarButton } from './support/press-toolbar-button';
import { pressInReader } from './support/reader-input';
import { ARTIFACTS, useExtensionSession } from './support/extension-session';
import { SHARED_PAGES_DIR } from '../../scripts/corpus';
import { needsCorpus } from '../support/shared-corpus';

const SEED = 'christian-times-aleppo';
/** The seed page is in ../shared/pages: a clone alone skips, and says so, the tests that open it. */
const needsSeed = needsCorpus(SHARED_PAGES_DIR);

const session = useExtensionSession();

const openSeedPage = () => session.openPage(SEED);

/** The reader as it is shown now (call it once per theme): its serious and critical violations. */
async function scanReader(frame: Frame): Promise<SeriousViolation[]> {
  // Colours are measured as drawn: let finite transitions (a theme fading in) end first.
  await frame.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished),
    ),
  );
  return axeScan(frame);
}

describe('accessibility (axe-core, serious and critical violations)', () => {
  it(
    'the popup has none',
    needsSeed(async () => {
      const page = await openSeedPage();
      const { popup, client } = await pressToolbarButton(session.extension(), page);
      try {
        await popup.getByRole('button', { name: 'Read this page' }).waitFor();
        // Compared as text: a failure lists each violation by rule, element and fix.
        expect(describeViolations(await axeScan(popup))).toBe('');
      } finally {
        await client.close();
        await page.close();
      }
    }),
  );

  it(
    'the reader showing the seed article has none, in every theme, with its panels open too',
    needsSeed(async () => {
      const page = await openSeedPage();
      const frame = await openReaderDocument(session.extension(), page);
      // `t` steps through the themes from "follow the system" (light here): light, sepia, dark.
      for (const theme of ['light', 'sepia', 'dark']) {
        await pressInReader(frame, 't');
        await expect.poll(() => frame.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        expect({ theme, violations: describeViolations(await scanReader(frame)) }).toEqual({ theme, violations: '' });
        await page.screenshot({ path: `${ARTIFACTS}e2e-theme-${theme}.png` });
      }
      await frame.getByRole('button', { name: 'Text and theme' }).click();
      await frame.getByRole('button', { name: 'Highlights' }).click();
      expect(describeViolations(await scanReader(frame))).toBe('');
      await page.screenshot({ path: `${ARTIFACTS}e2e-panels-dark.png` });
      await page.close();
    }),
  );
});
