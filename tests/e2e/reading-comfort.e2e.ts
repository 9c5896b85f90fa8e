import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { closeReaderWithEscape, openReaderDocument } from './support/open-reader';
import { pressInReader } from './support/reader-input';
import { ARTIFACTS, useExtensionSession } from './support/extension-session';
import { SHARED_PAGES_DIR } from '../../scripts/corpus';
import { needsCorpus } from '../support/shared-corpus';

const SEED = 'christian-times-aleppo';
/** The seed page is in ../shared/pages: a clone alone skips, and says so, the tests that open it. */
const needsSeed = needsCorpus(SHARED_PAGES_DIR);

const session = useExtensionSession();

/** Opens the reader on `page` and returns the tab with the reader's document. */
async function openReader(page: Page): Promise<{ page: Page; frame: Frame }> {
  return { page, frame: await openReaderDocument(session.extension(), page) };
}

/** The reader's frame as the page can read it: its background, which covers the page as the reader loads. */
const coverSeenByPage = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.querySelector('iframe[title="Lucid Reader"]')!).backgroundColor);

const looks = (frame: Frame) =>
  frame.evaluate(() => ({
    theme: document.documentElement.dataset.theme,
    size: getComputedStyle(document.querySelector('.article-body p')!).fontSize,
  }));

describe('reading comfort in Chromium', () => {
  it(
    'keeps the text size and theme chosen, for the next article too, and never tells the page',
    needsSeed(async () => {
      const { page, frame } = await openReader(await session.openPage(SEED));
      expect(await looks(frame)).toEqual({ theme: 'light', size: '19px' });
      // The system's plain light surface (the browser here is light), opaque.
      expect(await coverSeenByPage(page)).toBe('rgb(255, 255, 255)');
      await pressInReader(frame, ']', ']', ']', 't', 't');
      await expect.poll(() => looks(frame)).toEqual({ theme: 'sepia', size: '22px' });
      await closeReaderWithEscape(page, frame);

      await page.reload();
      const again = await openReader(page);
      expect(await looks(again.frame)).toEqual({ theme: 'sepia', size: '22px' });
      expect(await coverSeenByPage(page)).toBe('rgb(255, 255, 255)');
      await page.close();
    }),
  );

  // Tab staying in the reader is about the browser's focus between the page and the frame, so it
  // is tested with real keys from the OS: os-keys.e2e.ts.
  it(
    'can be used with the keyboard alone: panels open and close, Esc gives the page back',
    needsSeed(async () => {
      const { page, frame } = await openReader(await session.openPage(SEED));
      const focused = () =>
        frame.evaluate(
          () =>
            document.activeElement?.getAttribute('aria-label') ??
            document.activeElement?.textContent?.trim().slice(0, 40),
        );
      // The text and theme panel: open with Enter, a larger size with Enter, Esc back to its button.
      await frame.getByRole('button', { name: 'Text and theme' }).focus();
      await pressInReader(frame, 'Enter');
      await expect.poll(focused).toBe('Smaller text');
      await pressInReader(frame, 'Tab', 'Enter');
      await expect.poll(() => looks(frame)).toMatchObject({ size: '20px' });
      await pressInReader(frame, 'Escape');
      await expect.poll(focused).toBe('Text and theme');
      // ? lists the keys; Esc closes the list, then the reader.
      await pressInReader(frame, '?');
      await frame.getByRole('dialog', { name: 'Keyboard' }).waitFor();
      await pressInReader(frame, 'Escape');
      await frame.getByRole('dialog', { name: 'Keyboard' }).waitFor({ state: 'detached' });
      await pressInReader(frame, '[');
      await expect.poll(() => looks(frame)).toMatchObject({ size: '19px' });
      await closeReaderWithEscape(page, frame);
      await page.close();
    }),
  );

  it('lays a right-to-left article out right to left', async () => {
    const { page, frame } = await openReader(await session.openPage('arabic-news-rtl'));
    const layout = await frame.evaluate(() => {
      const article = document.querySelector('article')!;
      const p = article.querySelector('.article-body p')!;
      return {
        dir: article.dir,
        direction: getComputedStyle(p).direction,
        progress: document.querySelector('.progress')!.getAttribute('dir'),
      };
    });
    expect(layout).toEqual({ dir: 'rtl', direction: 'rtl', progress: 'rtl' });
    await page.screenshot({ path: `${ARTIFACTS}e2e-rtl.png` });
    await page.close();
  });

  it(
    'prints the article alone: no controls',
    needsSeed(async () => {
      const { page, frame } = await openReader(await session.openPage(SEED));
      await page.emulateMedia({ media: 'print' });
      const shown = await frame.evaluate(() =>
        ['.reader-toolbar', '.progress', 'article .article-body'].map(
          (s) => getComputedStyle(document.querySelector(s)!).display,
        ),
      );
      expect(shown).toEqual(['none', 'none', 'block']);
      await page.emulateMedia({ media: 'screen' });
      await page.close();
    }),
  );

  it(
    'reads aloud from the selected paragraph, sentence by sentence, highlighting the one spoken; l pauses',
    needsSeed(async () => {
      // A speech synthesis that records what it is given and "speaks" each sentence in 150 ms;
      // `speechScheduled` counts the events it has yet to send.
      const page = await session.openPage(SEED, (tab) =>
        tab.addInitScript(() => {
          const spoken: string[] = [];
          const state = { scheduled: 0 };
          let current: SpeechSynthesisUtterance | null = null;
          const later = (ms: number, send: () => void) => {
            state.scheduled++;
            setTimeout(() => {
              state.scheduled--;
              send();
            }, ms);
          };
          const synth = Object.assign(new EventTarget(), {
            speaking: false,
            paused: false,
            pending: false,
            getVoices: () => [],
            speak(utterance: SpeechSynthesisUtterance) {
              current = utterance;
              spoken.push(utterance.text);
              later(10, () => utterance.dispatchEvent(new Event('start')));
              later(150, () => current === utterance && utterance.dispatchEvent(new Event('end')));
            },
            cancel() {
              const cancelled = current;
              current = null;
              cancelled?.dispatchEvent(Object.assign(new Event('error'), { error: 'interrupted' }));
            },
            pause() {},
            resume() {},
          });
          Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
          Object.defineProperty(window, 'spokenSentences', { value: spoken });
          Object.defineProperty(window, 'speechScheduled', { get: () => state.scheduled });
        }),
      );
      const reader = await openReaderDocument(session.extension(), page);
      const spoken = () =>
        reader.evaluate(() => (window as unknown as { spokenSentences: string[] }).spokenSentences.slice());
      const second = await reader.evaluate(() => {
        const p = document.querySelectorAll('.article-body p')[1]!;
        getSelection()!.selectAllChildren(p);
        return p.textContent!;
      });
      await pressInReader(reader, 'l');
      await expect.poll(() => reader.getByRole('group', { name: 'Listen' }).count()).toBe(1);
      await expect.poll(async () => (await spoken()).length).toBeGreaterThanOrEqual(2);
      const [first, next] = await spoken();
      expect(second.startsWith(first!)).toBe(true);
      const text = await reader.evaluate(() => document.querySelector('.article-body')!.textContent!);
      expect(text.indexOf(next!)).toBeGreaterThan(text.indexOf(first!));
      await expect.poll(() => reader.evaluate(() => CSS.highlights.get('lucid-listening')?.size ?? 0)).toBe(1);
      await page.screenshot({ path: `${ARTIFACTS}e2e-listen.png` });
      await pressInReader(reader, 'l');
      await reader.getByRole('group', { name: 'Listen' }).getByRole('button', { name: 'Play' }).waitFor();
      const paused = (await spoken()).length;
      // Every event the synthesis had scheduled has been sent: had the pause not silenced it, the
      // end of the sentence being spoken would have started the next.
      await reader.waitForFunction(() => (window as unknown as { speechScheduled: number }).speechScheduled === 0);
      expect((await spoken()).length).toBe(paused);
      await page.close();
    }),
  );
});
