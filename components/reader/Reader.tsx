import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Article } from '@/utils/extract/article';
import { sanitizeArticleHtml } from '@/utils/extract/sanitize-html';
import { DEFAULT_COLOR } from '@/utils/highlights/types';
import { articleIdFor } from '@/utils/library/article-id';
import type { ArticleReply } from '@/utils/extension/messages';
import type { ReaderLibrary } from '@/utils/extension/message-client';
import { siteOf, type RuleTarget, type SkippedRule } from '@/utils/site-rules/site-rules';
import { nextTheme, stepped, voiceLanguage, type ReaderSettings } from '@/utils/settings/reader-settings';
import { LiveRegion } from '../shared/LiveRegion';
import { useAnnouncer } from '../shared/useAnnouncer';
import { ArticleView } from './ArticleView';
import { ChosenPartNotice } from './ChosenPartNotice';
import { ContentsMenu } from './ContentsMenu';
import { copyText } from './copy-text';
import { HighlightMenu } from './HighlightMenu';
import { HighlightsPanel } from './HighlightsPanel';
import { KeptImagesNote } from './KeptImagesNote';
import { KeyboardHelp } from './KeyboardHelp';
import { ListenControls } from './ListenControls';
import { NotArticleNotice } from './NotArticleNotice';
import { NoteEditor } from './NoteEditor';
import { ReaderToolbar } from './ReaderToolbar';
import { ReadingProgress } from './ReadingProgress';
import { RemovalBar } from './RemovalBar';
import { SitePanel } from './SitePanel';
import { SkippedRules } from './SkippedRules';
import { TypePanel } from './TypePanel';
import { type PageRules, useBlockRemoval } from './useBlockRemoval';
import { useHighlightKeys } from './useHighlightKeys';
import { useHighlightLayer } from './useHighlightLayer';
import { useHighlightMenu } from './useHighlightMenu';
import { useHighlights } from './useHighlights';
import { type ImageKeeping, useKeptImages } from './useKeptImages';
import { useLibraryEntry } from './useLibraryEntry';
import { useReaderKeys } from './useReaderKeys';
import { useReaderSettings } from './useReaderSettings';
import { useReadingPosition } from './useReadingPosition';

interface Props {
  /** Asks for the page's article; `force` skips the "is this an article?" check. */
  loadArticle: (force: boolean) => Promise<ArticleReply>;
  onClose: () => void;
  /** Where highlights are kept. */
  library: ReaderLibrary;
  /** The settings already applied to the page before it was first shown. */
  settings: ReaderSettings;
  locale?: string;
  /** A highlight to show first (opened from the library), instead of the remembered place. */
  startAt?: string;
  /** The rules of the page's site, over a web page ("Remove…"); none for a saved article. */
  pageRules?: PageRules;
  /** Keeping images with what is saved; without it, saving keeps the text only. */
  images?: ImageKeeping;
}

/** The small panels opened from the toolbar; one at a time. */
type Popover = 'type' | 'contents' | 'keys' | 'site' | null;

/** Articles with at least this many headings get a contents menu. */
const MIN_HEADINGS_FOR_CONTENTS = 3;

type State =
  | { kind: 'loading' }
  | {
      kind: 'article';
      article: Article;
      skippedRules: SkippedRule[];
      chosenContent?: RuleTarget;
      imageUrls?: ReadonlyMap<string, string>;
    }
  | { kind: 'notice'; message: string; canForce: boolean };

/**
 * What the reader shows, for whatever waits on it (assistive tools read `aria-busy`; scripts and
 * tests read this): `not-article` offers "Show it anyway", `error` is any other notice.
 */
function shownState(state: State): 'loading' | 'ready' | 'not-article' | 'error' {
  if (state.kind === 'notice') return state.canForce ? 'not-article' : 'error';
  return state.kind === 'article' ? 'ready' : 'loading';
}

/**
 * The reader's words for why there is no article: the page's answer is not in the reader's language.
 * Asked to show the page anyway, a page with nothing to show says so, rather than repeating itself.
 */
function noticeFor(reply: Extract<ArticleReply, { ok: false }>, forced: boolean): string {
  if (reply.reason === 'not-article') return i18n.t(forced ? 'reader.nothingToShow' : 'reader.notArticle');
  if (reply.reason === 'too-large') return i18n.t('reader.tooLarge');
  return reply.message;
}

/** The reader over the page: loads the article, shows it or says why not, closes on Esc. */
export function Reader({
  loadArticle,
  onClose,
  library,
  settings: initialSettings,
  locale,
  startAt,
  pageRules,
  images,
}: Props) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [panelOpen, setPanelOpen] = useState(false);
  const [popover, setPopover] = useState<Popover>(null);
  const [headings, setHeadings] = useState<HTMLElement[]>([]);
  const [listening, setListening] = useState(false);
  const [playToggles, setPlayToggles] = useState(0);
  const main = useRef<HTMLElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const article = state.kind === 'article' ? state.article : null;
  const { announcement, say, dismiss } = useAnnouncer();
  const articleId = useMemo(() => article && articleIdFor(article), [article]);
  const keptImages = useKeptImages(articleId, library, images);
  const { entry, learn, markSaved, save } = useLibraryEntry(article, library, say, () => void keptImages.saved());
  const layer = useHighlightLayer(article, body);
  const menu = useHighlightMenu(article, body, layer);
  const highlights = useHighlights({ article, body, layer, library, say, menu, entry: { learn, markSaved } });
  const { settings, change } = useReaderSettings(initialSettings);
  const removing = useBlockRemoval(body, pageRules, say);
  const site = article && pageRules ? siteOf(article.url) : null;
  useHighlightKeys(highlights, menu, article !== null);
  useReaderKeys({
    smaller: () => change((current) => ({ size: stepped('size', current.size, -1) })),
    larger: () => change((current) => ({ size: stepped('size', current.size, 1) })),
    nextTheme: () => change((current) => ({ theme: nextTheme(current.theme) })),
    showKeys: () => setPopover('keys'),
    save: () => void save(),
    listen: () => {
      if (!article) return;
      setListening(true);
      setPlayToggles((n) => n + 1);
    },
    // Closes what is open on top first (a key pressed before focus reached it), then the reader.
    escape: () => (removing.choosing ? removing.stop() : popover ? setPopover(null) : onClose()),
  });
  const { orphans } = highlights;
  useReadingPosition({ article, body, entry, library, startAt, showHighlight: menu.focusHighlight });
  // Voices are remembered per language: the article's.
  const voiceKey = voiceLanguage(article?.lang ?? null);

  useEffect(() => {
    setHeadings(body.current ? [...body.current.querySelectorAll<HTMLElement>('h2, h3, h4')] : []);
  }, [article]);

  const toggle = (which: Exclude<Popover, null>) => setPopover((open) => (open === which ? null : which));
  /** Closes a popover and gives focus back to the button that opened it. */
  const closePopover = (button: string) => {
    setPopover(null);
    document.querySelector<HTMLElement>(`[aria-controls="${button}"]`)?.focus();
  };

  function load(force: boolean) {
    setState({ kind: 'loading' });
    loadArticle(force).then(
      (reply) =>
        setState(
          reply.ok
            ? // Whatever gave the article (a web page's process, a stored record), it is sanitized
              // here, where it is shown; highlights save this sanitized copy as the snapshot.
              {
                kind: 'article',
                article: { ...reply.article, html: sanitizeArticleHtml(reply.article.html, window) },
                skippedRules: reply.skippedRules ?? [],
                chosenContent: 'chosenContent' in reply ? reply.chosenContent : undefined,
                imageUrls: reply.imageUrls,
              }
            : { kind: 'notice', message: noticeFor(reply, force), canForce: !force && reply.reason === 'not-article' },
        ),
      () => setState({ kind: 'notice', message: i18n.t('reader.failed'), canForce: false }),
    );
  }

  // Before the first paint: an article already there is in it, with no placeholder between.
  useLayoutEffect(() => load(false), []);

  useEffect(() => {
    // Keyboard scrolling works at once, without a click into the text first.
    if (state.kind !== 'loading') main.current?.focus({ preventScroll: true });
    document.title = state.kind === 'article' ? state.article.title : i18n.t('extName');
  }, [state]);

  const shown = menu.menu;
  const menuHighlight = shown?.id ? highlights.highlight(shown.id) : undefined;
  const edited = menu.editing ? highlights.highlight(menu.editing) : undefined;
  const count = highlights.placed.length + orphans.length;

  return (
    <>
      <ReaderToolbar onClose={onClose}>
        {article && <ReadingProgress target={body} readingMinutes={article.readingMinutes} dir={article.dir} />}
        {headings.length >= MIN_HEADINGS_FOR_CONTENTS && (
          <button
            type="button"
            class="text-button"
            aria-expanded={popover === 'contents'}
            aria-controls="contents-menu"
            onClick={() => toggle('contents')}
          >
            {i18n.t('reader.contents')}
          </button>
        )}
        {article && (
          <button type="button" class="text-button" aria-pressed={listening} onClick={() => setListening((on) => !on)}>
            {i18n.t('listen.button')}
          </button>
        )}
        <button
          type="button"
          class="text-button"
          aria-label={i18n.t('reader.textAndTheme')}
          aria-expanded={popover === 'type'}
          aria-controls="type-panel"
          onClick={() => toggle('type')}
        >
          Aa
        </button>
        {article && (
          <button
            type="button"
            class="text-button"
            aria-disabled={entry?.saved ? 'true' : undefined}
            title={entry?.saved ? i18n.t('library.savedTitle') : i18n.t('library.saveTitle')}
            onClick={() => void save()}
          >
            {entry?.saved ? i18n.t('library.saved') : i18n.t('library.save')}
          </button>
        )}
        {article && pageRules && (
          <button
            type="button"
            class="text-button"
            aria-pressed={removing.choosing}
            title={i18n.t('rules.removeTitle')}
            onClick={() => (removing.choosing ? removing.stop() : removing.start())}
          >
            {i18n.t('rules.remove')}
          </button>
        )}
        {site && (
          <button
            type="button"
            class="text-button"
            aria-expanded={popover === 'site'}
            aria-controls="site-panel"
            onClick={() => toggle('site')}
          >
            {i18n.t('alwaysOpen.panel')}
          </button>
        )}
        {article && pageRules && (
          <button
            type="button"
            class="text-button"
            title={i18n.t('rules.wrongPartTitle')}
            onClick={() => void pageRules.chooseContent()}
          >
            {i18n.t('rules.wrongPart')}
          </button>
        )}
        {article && (
          // Ctrl+P would print the page under the reader: only the reader's own frame prints the article.
          <button
            type="button"
            class="icon-button"
            aria-label={i18n.t('reader.print')}
            title={i18n.t('reader.printTitle')}
            onClick={() => window.print()}
          >
            <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
              <path
                d="M7 9V4h10v5M7 17H5a1 1 0 0 1-1-1v-6a1 1 0 0 1 1-1h14a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1h-2M7 14h10v6H7z"
                fill="none"
                stroke="currentColor"
                stroke-width="2"
                stroke-linejoin="round"
              />
            </svg>
          </button>
        )}
        {article && (
          <button
            type="button"
            class="text-button"
            aria-expanded={panelOpen}
            aria-controls="highlights-panel"
            onClick={() => setPanelOpen((open) => !open)}
          >
            {i18n.t('highlight.panelButton')}
            {count > 0 && <span class="count"> {count}</span>}
          </button>
        )}
      </ReaderToolbar>
      {popover === 'type' && (
        <TypePanel settings={settings} onChange={change} onClose={() => closePopover('type-panel')} />
      )}
      {popover === 'contents' && <ContentsMenu headings={headings} onClose={() => setPopover(null)} />}
      {popover === 'keys' && <KeyboardHelp onClose={() => setPopover(null)} />}
      {popover === 'site' && site && pageRules && (
        <SitePanel
          site={site}
          alwaysOpen={pageRules.alwaysOpen}
          onOpenRules={pageRules.openRules}
          onClose={() => closePopover('site-panel')}
        />
      )}
      <RemovalBar
        choosing={removing.choosing}
        removal={removing.removal}
        onStop={removing.stop}
        onUndo={removing.undo}
        onDismiss={removing.dismiss}
      />
      <main
        ref={main}
        tabIndex={-1}
        aria-busy={state.kind === 'loading'}
        class={panelOpen ? 'beside-panel' : undefined}
        data-state={shownState(state)}
        // Present once the library has answered for this article: its saved highlights are drawn
        // (or listed as not placed), and the Save button says whether it is saved.
        data-highlights-restored={article && entry ? '' : undefined}
      >
        {state.kind === 'loading' && <p class="loading">{i18n.t('reader.loading')}</p>}
        {article && orphans.length > 0 && !panelOpen && (
          <p class="orphan-notice">
            {i18n.t('highlight.orphanNotice', orphans.length)}{' '}
            <button type="button" class="link-button" onClick={() => setPanelOpen(true)}>
              {i18n.t('highlight.showOrphans', orphans.length)}
            </button>
          </p>
        )}
        {state.kind === 'article' && <ChosenPartNotice rule={state.chosenContent} />}
        {state.kind === 'article' && <SkippedRules skipped={state.skippedRules} />}
        {article && (
          <KeptImagesNote state={keptImages.state} onKeep={keptImages.accept} onNotNow={keptImages.decline} />
        )}
        {article && (
          <ArticleView
            article={article}
            bodyRef={body}
            locale={locale}
            removing={removing.choosing}
            imageUrls={state.kind === 'article' ? state.imageUrls : undefined}
          />
        )}
        {state.kind === 'notice' && (
          <NotArticleNotice message={state.message} onShowAnyway={state.canForce ? () => load(true) : undefined} />
        )}
      </main>
      {article && panelOpen && (
        <HighlightsPanel
          placed={highlights.placed}
          orphans={orphans}
          unreadable={highlights.unreadable}
          textOf={highlights.textOf}
          onGo={menu.focusHighlight}
          onReattach={(id) => void highlights.reattach(id)}
          onDelete={(id) => void highlights.remove(id)}
        />
      )}
      {article && listening && (
        <ListenControls
          root={body.current}
          lang={article.lang}
          voiceURI={settings.voices[voiceKey] ?? null}
          rate={settings.rate}
          onVoiceChange={(uri) =>
            change((current) => {
              const { [voiceKey]: _previous, ...others } = current.voices;
              return { voices: uri ? { ...others, [voiceKey]: uri } : others };
            })
          }
          onRateChange={(rate) => change({ rate })}
          onClose={() => setListening(false)}
          playToggles={playToggles}
        />
      )}
      {shown && (
        <HighlightMenu
          menu={shown}
          current={menuHighlight?.color}
          onColor={(color) =>
            shown.id ? void highlights.change(shown.id, { color }) : highlights.highlightSelection(color)
          }
          onNote={() => (shown.id ? menu.editNote(shown.id) : highlights.highlightSelection(DEFAULT_COLOR, true))}
          onCopy={() =>
            void copyText(shown.id ? highlights.textOf(shown.id) : (document.getSelection()?.toString() ?? ''), say)
          }
          onRemove={shown.id ? () => void highlights.remove(shown.id!) : undefined}
        />
      )}
      {edited && (
        <NoteEditor
          key={edited.id}
          quote={highlights.textOf(edited.id)}
          note={edited.note}
          onSave={(note) => highlights.change(edited.id, { note })}
          onClose={() => {
            menu.editNote(null);
            menu.focusMark(edited.id);
          }}
        />
      )}
      <LiveRegion announcement={announcement} alertClass="alert" onDismiss={dismiss} />
    </>
  );
}
