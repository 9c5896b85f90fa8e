// The hostile corpus (tests/hostile) in the real reader: one page per category, opened from the
// toolbar, its article checked in the reader's frame while the frame's requests and console are watched.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConsoleMessage, Frame, Page, Request } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './support/launch-extension';
import { openReaderFromToolbar, readerDocument, waitForReaderState } from './support/open-reader';
import { elementFacts, invariantViolations } from '../hostile/article-invariants';
import { hostileCorpus } from '../hostile/hostile-corpus';
import { SENTINEL, type HostileInput } from '../hostile/hostile-input';
import { hostilePage } from '../hostile/hostile-page';
import { useExtensionSession } from './support/extension-session';

const corpus = hostileCorpus();

// Each category is one page, in a folder of its own for the page server.
const pages = mkdtempSync(join(tmpdir(), 'lucid-hostile-'));
for (const { slug, inputs } of corpus) {
  mkdirSync(join(pages, slug));
  writeFileSync(join(pages, slug, 'source.html'), hostilePage(inputs));
}
const session = useExtensionSession({ roots: [pages] });

const passed: { inputs: number; outcome: Outcome }[] = [];
afterAll(() => {
  rmSync(pages, { recursive: true, force: true });
  const count = (outcome?: Outcome) =>
    passed
      .filter((category) => !outcome || category.outcome === outcome)
      .reduce((sum, category) => sum + category.inputs, 0);
  const total = corpus.reduce((sum, category) => sum + category.inputs.length, 0);
  console.log(
    `hostile corpus in Chromium: ${passed.length}/${corpus.length} categories, ${count()}/${total} inputs passed ` +
      `(${count('article')} shown as articles, ${count('too large')} refused as too large)`,
  );
});

const isReaderFrame = (frame: Frame | null) => !!frame && frame.url().includes('/reader.html');

/** The frame a request came from; null for requests of no frame (the service worker's). */
function frameOf(request: Request): Frame | null {
  try {
    return request.frame();
  } catch {
    return null;
  }
}

/** What the reader's frame asks the network for, and what it says on its console, while `run` runs. */
async function watchReader<T>(run: () => Promise<T>): Promise<{ result: T; requests: Request[]; messages: string[] }> {
  const context = session.extension().context;
  const requests: Request[] = [];
  const messages: string[] = [];
  const onRequest = (request: Request) => {
    if (isReaderFrame(frameOf(request))) requests.push(request);
  };
  const onConsole = (message: ConsoleMessage) => {
    if (message.location().url.startsWith('chrome-extension://')) messages.push(message.text());
  };
  context.on('request', onRequest);
  context.on('console', onConsole);
  try {
    return { result: await run(), requests, messages };
  } finally {
    context.off('request', onRequest);
    context.off('console', onConsole);
  }
}

/** What the reader should show for a category: its article, or that the page is too large. */
type Outcome = 'article' | 'too large';

function outcomeFor(inputs: HostileInput[]): Outcome {
  return inputs.every((input) => input.refused === 'too-large') ? 'too large' : 'article';
}

/**
 * Opens the reader on `page` from the toolbar, forcing "Show it anyway" when the page is not taken
 * for an article, and returns its frame once it shows `outcome` with its images settled; throws
 * when it shows something else.
 */
async function openReaderOn(page: Page, outcome: Outcome): Promise<Frame> {
  const reader = await openReaderFromToolbar(session.extension(), page);
  await reader.locator('main[data-state]:not([data-state="loading"])').waitFor();
  if ((await reader.locator('main').getAttribute('data-state')) === 'not-article') {
    await reader.getByRole('button', { name: 'Show it anyway' }).click();
  }
  const expected = outcome === 'article' ? 'ready' : 'error';
  await waitForReaderState(reader, expected).catch(async () => {
    throw new Error(
      `The reader does not show ${outcome === 'article' ? 'the article' : `"${outcome}"`}: ${await reader.locator('main').innerText()}`,
    );
  });
  if (outcome === 'too large') await reader.locator('main .notice', { hasText: 'too large' }).waitFor();
  const frame = await readerDocument(page);
  // Every image has loaded or failed, and anything bound to its load or error has had its turn:
  // what the page smuggled in would have run by now.
  await frame.evaluate(async () => {
    await Promise.all(
      [...document.images].map((img) =>
        img.complete
          ? null
          : new Promise((done) =>
              ['load', 'error'].forEach((type) => img.addEventListener(type, done, { once: true })),
            ),
      ),
    );
    await document.fonts.ready;
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
  return frame;
}

describe('hostile pages in the reader, in Chromium', () => {
  it.each(corpus)('$slug', async ({ slug, inputs }) => {
    const outcome = outcomeFor(inputs);
    const page = await session.openPage(slug);
    const { result: frame, requests, messages } = await watchReader(() => openReaderOn(page, outcome));

    // No script ran in the reader: the payloads' global is unset, the title is the article's own.
    expect(await frame.evaluate((name) => Reflect.get(window, name), SENTINEL)).toBeUndefined();
    // Nothing tried to run either: the reader's CSP would have reported it on the console.
    expect(messages.filter((text) => /Content Security Policy|Refused to/i.test(text))).toEqual([]);

    const article = frame.locator('article');
    const facts = (await article.count()) ? await article.evaluate(elementFacts) : [];
    expect(invariantViolations(facts)).toEqual([]);
    expect(facts.length > 0).toBe(outcome === 'article');
    // Metadata is text: markup in a title, byline or site name is shown, never built.
    const labels = await frame
      .locator('article h1, article .byline, article .site')
      .evaluateAll((all) => all.map((el) => el.childElementCount));
    expect(labels.filter((count) => count > 0)).toEqual([]);
    const title = (await article.locator('h1').allTextContents())[0];
    expect(await frame.title()).toBe(title ?? 'Lucid Reader');

    // The only requests to the web are the article's images; the rest are the extension's own files.
    const images = await article.locator('img').evaluateAll((all) => all.map((img) => (img as HTMLImageElement).src));
    const unexpected = requests
      .map((request) => ({ url: request.url(), type: request.resourceType() }))
      .filter(({ url, type }) =>
        url.startsWith('chrome-extension:')
          ? !existsSync(join(EXTENSION_DIR, new URL(url).pathname))
          : type !== 'image' || !/^https?:/.test(url) || !images.includes(url),
      );
    expect(unexpected).toEqual([]);

    passed.push({ inputs: inputs.length, outcome });
    await page.close();
  });
});
