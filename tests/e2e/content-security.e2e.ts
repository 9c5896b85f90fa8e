// The built extension runs only its own bundled code: the manifest's policy says so, the files
// agree, and the pages work under it (a refusal would fail the session's error check).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './support/launch-extension';
import { openReaderDocument } from './support/open-reader';
import { useExtensionSession } from './support/extension-session';

const builtFiles = (extension: string) =>
  readdirSync(EXTENSION_DIR, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith(extension));

/** The policy's directives by name: `script-src 'self'` -> { 'script-src': ["'self'"] }. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  );
}

const session = useExtensionSession();

describe('the content security policy', () => {
  it('lets the extension pages run their own files only', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    const policy = directives(manifest.content_security_policy.extension_pages);
    expect(policy['script-src']).toEqual(["'self'"]);
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'none'"]);
    console.log('extension_pages CSP:', manifest.content_security_policy.extension_pages);
  });

  it('is kept by the build: no inline script, no eval or Function constructor', () => {
    const pages = builtFiles('.html');
    expect(pages).toEqual(expect.arrayContaining(['popup.html', 'reader.html']));
    const inline = pages.flatMap((page) => {
      const html = readFileSync(join(EXTENSION_DIR, page), 'utf8');
      const scripts = html.match(/<script\b[^>]*>/gi) ?? [];
      const handlers = html.match(/\son[a-z]+\s*=/gi) ?? [];
      return [...scripts.filter((tag) => !/\ssrc=/.test(tag)), ...handlers].map((found) => `${page}: ${found}`);
    });
    expect(inline).toEqual([]);
    const chunks = builtFiles('.js');
    expect(chunks.length).toBeGreaterThan(3);
    const evaluating = chunks.filter((chunk) =>
      /\beval\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(\s*["'`]/.test(
        readFileSync(join(EXTENSION_DIR, chunk), 'utf8'),
      ),
    );
    expect(evaluating).toEqual([]);
    console.log(`checked ${pages.length} pages and ${chunks.length} scripts in .output/chrome-mv3`);
  });

  it('leaves the reader working: its bundled fonts load, its theme applies', async () => {
    const page = await session.openPage('daily-harbor-ferry-strike');
    const frame = await openReaderDocument(session.extension(), page);
    const loadedFonts = await frame.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts]
        .filter((font) => font.status === 'loaded')
        .map((font) => font.family.replaceAll('"', ''));
    });
    expect(loadedFonts).toContain('Literata');
    expect(await frame.evaluate(() => document.documentElement.style.getPropertyValue('--body-size'))).toMatch(/px$/);
    await page.close();
  });

  it('leaves the popup working', async () => {
    const popup = await session.extension().context.newPage();
    await popup.goto(`chrome-extension://${session.extension().extensionId}/popup.html`);
    await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent)).toBe('Read this page');
    await popup.close();
  });
});
