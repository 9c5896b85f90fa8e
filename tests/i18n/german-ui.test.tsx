// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '@/components/popup/Popup';
import { Reader } from '@/components/reader/Reader';
import { DEFAULT_SETTINGS } from '@/utils/settings/reader-settings';
import { useLocale } from '../support/i18n-messages';
import { freshLibrary, sampleArticle } from '../support/library';
import { readerLibrary } from '../support/reader-library';
import { useRenderRoot } from '../support/render-root';
import { settle } from '../support/ui-actions';

const root = useRenderRoot();
beforeEach(() => useLocale('de'));
afterEach(() => useLocale('en'));

describe('the UI in German', () => {
  it('popup: the first button reads "Diese Seite lesen"', async () => {
    await act(async () => {
      render(
        <Popup
          restriction={null}
          shortcut="Alt+Umschalt+R"
          onRead={vi.fn()}
          onOpenShortcutSettings={vi.fn()}
          onOpenSiteRules={vi.fn()}
          onDone={vi.fn()}
        />,
        root(),
      );
    });
    expect(root().querySelector('button')!.textContent).toBe('Diese Seite lesen');
    expect(root().textContent).toContain('Tastenkürzel:');
  });

  it('reader: controls, reading time and the localised date are German', async () => {
    await act(async () => {
      render(
        <Reader
          loadArticle={async () => ({ ok: true, readerable: true, article: sampleArticle })}
          onClose={vi.fn()}
          settings={DEFAULT_SETTINGS}
          library={readerLibrary(freshLibrary())}
          locale="de-DE"
        />,
        root(),
      );
    });
    await settle();
    expect(root().querySelector('[aria-label="Leseansicht schließen"]')).not.toBeNull();
    expect(root().querySelector('[aria-label="Text und Farbschema"]')).not.toBeNull();
    expect(root().querySelector('.reading-time')!.textContent).toBe('1 Min. Lesezeit');
    expect(root().querySelector('time')!.textContent).toBe('24. Dezember 2016');
    expect(root().querySelector('.original a')!.textContent).toBe('Originalseite ansehen');
  });

  it('reader: says in German that a page is not an article', async () => {
    await act(async () => {
      render(
        <Reader
          loadArticle={async () => ({
            ok: false,
            reason: 'not-article',
            message: "This page doesn't look like an article.",
          })}
          onClose={vi.fn()}
          settings={DEFAULT_SETTINGS}
          library={readerLibrary(freshLibrary())}
        />,
        root(),
      );
    });
    await settle();
    expect(root().textContent).toContain('Diese Seite sieht nicht wie ein Artikel aus.');
    expect(root().textContent).toContain('Trotzdem anzeigen');
  });
});
