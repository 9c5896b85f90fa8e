import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { ExtractOutcome } from '../extract/article';
import { isHighlightColor, MAX_NOTE_LENGTH, parseHighlight, parseSelectors } from '../highlights/parse-highlight';
import { articleIdFor } from '../library/article-id';
import { saveArticle, setProgress } from '../library/article-store';
import { keepImages } from '../library/keep-images';
import {
  deleteHighlight,
  type HighlightChanges,
  loadHighlights,
  saveHighlight,
  updateHighlight,
} from '../library/highlight-store';
import type { LibraryDb } from '../library/library-db';
import { parseArticle } from '../library/parse-article';
import type { ExtractTiming } from '../open-stages';
import { isId, isObject, isText } from '../value-checks';
import { isPlainSelector } from '../site-rules/plain-selector';
import type { RuleTarget } from '../site-rules/site-rules';
import { answerLibrary, answerWrite, refusal, writeFailed } from './answer-library';
import { type ContentMessage, parseBlock } from './content-messages';
import { fetchImage } from './fetch-image';
import { keepsImages } from './image-permission';
import type { ImagesProgressListener } from './images-progress';
import { forgetRemoval, keepChosenContent, removeBlock, rulesOfTab } from './page-rules';
import { extractorInjected, toggleReader } from './toggle-reader';

/**
 * Who may send a message; the background checks it before anything else:
 * - `extension-page`: any page of the extension (the popup);
 * - `reader-frame`: the reader shown over a web page, about that page;
 * - `reader`: the reader, about its library. Over a web page it asks the background, which takes
 *   these from the reader frame only; in a tab of its own it answers them in place.
 */
export type Sender = 'extension-page' | 'reader-frame' | 'reader';

/** What a message's handler is given besides its fields, by who may send it. */
export interface HandlerContexts {
  'extension-page': object;
  /** The tab the reader frame is in: its page. */
  'reader-frame': { tabId: number };
  /** `imagesProgress`: told how far keeping an article's images has got. */
  reader: { db: LibraryDb; imagesProgress: ImagesProgressListener };
}

/** Keeping an article's images costs the save at most this, however slow or silent their hosts. */
export const KEEP_IMAGES_MS = 10_000;

interface MessageSpec<F extends Sender, D extends object, R> {
  from: F;
  /** Changes what the person keeps: sent only right after their key press or click (see `byPerson`). */
  changesLibrary: boolean;
  /** Returns the message's known fields when they are well formed, else null. */
  parse(fields: Record<string, unknown>): D | null;
  /** Acts on a well-formed message; what it returns is the answer. */
  handle(data: D, context: HandlerContexts[F]): Promise<R>;
}

/** Returns `spec` as it is: its types come from its parser, and its handler takes what the parser gives. */
const defineMessage = <F extends Sender, D extends object, R>(spec: MessageSpec<F, D, R>) => spec;

/**
 * The reader's answer to get-article; from the page, with when its extraction ran and, after
 * "Wrong part?", the part the person chose (kept as the site's content rule). A saved article comes
 * with the addresses its kept images are shown from (`imageUrls`, by their `src`).
 */
export type ArticleReply =
  | (ExtractOutcome & { timing?: ExtractTiming; chosenContent?: RuleTarget; imageUrls?: ReadonlyMap<string, string> })
  | { ok: false; reason: 'unavailable'; message: string };

function toPage(tabId: number, message: ContentMessage): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message, { frameId: 0 });
}

const pageGone = (): ArticleReply => ({ ok: false, reason: 'unavailable', message: i18n.t('reader.pageGone') });

function parseChanges(value: unknown): HighlightChanges | null {
  if (!isObject(value)) return null;
  const changes: HighlightChanges = {};
  if (value.color !== undefined) {
    if (!isHighlightColor(value.color)) return null;
    changes.color = value.color;
  }
  if (value.note !== undefined) {
    if (!isText(value.note, MAX_NOTE_LENGTH)) return null;
    changes.note = value.note;
  }
  if (value.selectors !== undefined) {
    const selectors = parseSelectors(value.selectors);
    if (!selectors) return null;
    changes.selectors = selectors;
  }
  return changes;
}

const theHighlight = writeFailed(() => i18n.t('library.theHighlight'));

/**
 * Every message between the extension's pages and its background, each declared once: who may send
 * it, whether it changes the library, its parser and its handler. The message type, the
 * background's dispatch (`handleMessage`) and the clients of the reader and the popup
 * (`message-client.ts`) all come from here. A message of the wrong shape is ignored, never
 * half-handled.
 */
export const MESSAGES = {
  /** Open or close the reader on a tab. */
  'toggle-reader': defineMessage({
    from: 'extension-page',
    changesLibrary: false,
    parse: ({ tabId }) => (Number.isInteger(tabId) ? { tabId: tabId as number } : null),
    handle: async ({ tabId }) => toggleReader(await browser.tabs.get(tabId)),
  }),
  /** The page's article, from the content script, with its site's rules (force: skip the "is this an article?" check). */
  'get-article': defineMessage({
    from: 'reader-frame',
    changesLibrary: false,
    parse: ({ force }) => (typeof force === 'boolean' ? { force } : null),
    handle: async ({ force }, { tabId }) => {
      const rules = await rulesOfTab(tabId);
      // The frame can ask before the extractor it was opened with is in the page.
      await extractorInjected(tabId);
      return toPage(tabId, { type: 'extract', force, rules }).then(
        (reply) => keepChosenContent(tabId, reply as ArticleReply),
        pageGone,
      );
    },
  }),
  /** "Wrong part?": close the reader and let the person point at the article on the page; false when the page is gone. */
  'choose-content': defineMessage({
    from: 'reader-frame',
    changesLibrary: false,
    parse: () => ({}),
    handle: (_fields, { tabId }) =>
      toPage(tabId, { type: 'pick-content' }).then(
        () => true,
        () => false,
      ),
  }),
  /** Leave blocks like this one (the reader's block: its text and image) out of the site's articles ("Remove…"). */
  'remove-block': defineMessage({
    from: 'reader-frame',
    changesLibrary: true,
    parse: ({ text, image }) => parseBlock(text, image),
    handle: ({ text, image }, { tabId }) => removeBlock(tabId, text, image),
  }),
  /** Forget a removal of the site ("Undo"). */
  'forget-removal': defineMessage({
    from: 'reader-frame',
    changesLibrary: true,
    parse: ({ selector }) => (isPlainSelector(selector) ? { selector } : null),
    handle: ({ selector }, { tabId }) => forgetRemoval(tabId, selector),
  }),
  /** Close the overlay; false when the page is gone. */
  'close-reader': defineMessage({
    from: 'reader-frame',
    changesLibrary: false,
    parse: () => ({}),
    handle: (_fields, { tabId }) =>
      toPage(tabId, { type: 'close' }).then(
        () => true,
        () => false,
      ),
  }),
  /** The saved highlights of an article, and its place in the library. */
  'load-highlights': defineMessage({
    from: 'reader',
    changesLibrary: false,
    parse: ({ articleId }) => (isId(articleId) ? { articleId } : null),
    handle: ({ articleId }, { db }) =>
      answerLibrary(
        () => loadHighlights(db, articleId),
        () => i18n.t('library.loadFailed'),
      ),
  }),
  /** Store a highlight (and, with the first, the article it was made on). */
  'save-highlight': defineMessage({
    from: 'reader',
    changesLibrary: true,
    parse: (fields) => {
      const article = parseArticle(fields.article);
      const highlight = parseHighlight(fields.highlight);
      return article && highlight ? { article, highlight } : null;
    },
    handle: async ({ article, highlight }, { db }) =>
      highlight.articleId === articleIdFor(article)
        ? answerWrite(() => saveHighlight(db, article, highlight), theHighlight)
        : refusal(i18n.t('library.otherArticle')),
  }),
  /** Change a highlight's colour, note or place; `updated: false` when it was deleted meanwhile (in another tab). */
  'update-highlight': defineMessage({
    from: 'reader',
    changesLibrary: true,
    parse: ({ id, changes }) => {
      const parsed = parseChanges(changes);
      return isId(id) && parsed ? { id, changes: parsed } : null;
    },
    handle: ({ id, changes }, { db }) =>
      answerLibrary(async () => ({ updated: await updateHighlight(db, id, changes) }), theHighlight),
  }),
  'delete-highlight': defineMessage({
    from: 'reader',
    changesLibrary: true,
    parse: ({ id }) => (isId(id) ? { id } : null),
    handle: ({ id }, { db }) => answerWrite(() => deleteHighlight(db, id), theHighlight),
  }),
  /** Keep the article in the library ("Save"). */
  'save-article': defineMessage({
    from: 'reader',
    changesLibrary: true,
    parse: (fields) => {
      const article = parseArticle(fields.article);
      return article ? { article } : null;
    },
    handle: ({ article }, { db }) =>
      answerWrite(
        () => saveArticle(db, articleIdFor(article), article),
        writeFailed(() => i18n.t('library.theArticle')),
      ),
  }),
  /**
   * Fetch and keep the images of a saved article, after its text. Not a change of its own: it
   * completes what the person saved (nothing happens for an article not saved), and it runs only
   * with the hosts the person granted (`allowed: false` without them).
   */
  'keep-images': defineMessage({
    from: 'reader',
    changesLibrary: false,
    parse: ({ articleId }) => (isId(articleId) ? { articleId } : null),
    handle: async ({ articleId }, { db, imagesProgress }) =>
      (await keepsImages())
        ? answerLibrary(
            async () => ({
              allowed: true as const,
              ...(await keepImages(db, articleId, fetchImage, {
                signal: AbortSignal.timeout(KEEP_IMAGES_MS),
                onProgress: (progress) => imagesProgress(articleId, progress),
              })),
            }),
            () => i18n.t('images.failed'),
          )
        : { ok: true as const, allowed: false as const },
  }),
  /** How far the reader got in a saved article, from 0 to 1: not a change to what the person keeps. */
  'set-progress': defineMessage({
    from: 'reader',
    changesLibrary: false,
    parse: ({ articleId, progress }) =>
      isId(articleId) && typeof progress === 'number' && progress >= 0 && progress <= 1
        ? { articleId, progress }
        : null,
    handle: ({ articleId, progress }, { db }) =>
      answerWrite(
        () => setProgress(db, articleId, progress),
        writeFailed(() => i18n.t('library.theProgress')),
      ),
  }),
};

export type MessageType = keyof typeof MESSAGES;
type Spec<K extends MessageType> = (typeof MESSAGES)[K];
/** A message's fields, without its type. */
export type MessageData<K extends MessageType> = NonNullable<ReturnType<Spec<K>['parse']>>;
export type MessageReply<K extends MessageType> = Awaited<ReturnType<Spec<K>['handle']>>;
/** Every message as sent: its type and its fields. */
export type Message = { [K in MessageType]: { type: K } & MessageData<K> }[MessageType];
/** The types of message that `F` may send. */
export type MessageFrom<F extends Sender> = { [K in MessageType]: Spec<K>['from'] extends F ? K : never }[MessageType];

/** The types of message that `from` may send, in the table's order. */
export function messageTypesFrom<F extends Sender>(from: F): MessageFrom<F>[] {
  return (Object.keys(MESSAGES) as MessageType[]).filter((type) => MESSAGES[type].from === from) as MessageFrom<F>[];
}

/** Returns the message, with only its known fields, when its type and shape are ones we send; else null. */
export function parseMessage(value: unknown): Message | null {
  if (!isObject(value) || typeof value.type !== 'string' || !Object.hasOwn(MESSAGES, value.type)) return null;
  const type = value.type as MessageType;
  const fields = MESSAGES[type].parse(value);
  return fields && ({ type, ...fields } as Message);
}

/** Acts on a well-formed message, given what its sender's handlers are given, and returns the answer. */
export function answerMessage<K extends MessageType>(
  message: Extract<Message, { type: K }>,
  context: HandlerContexts[Spec<K>['from']],
): Promise<MessageReply<K>> {
  // The table pairs each type with its handler: TypeScript cannot follow that pairing through a union.
  const handle = MESSAGES[message.type as K].handle as (
    data: typeof message,
    context: HandlerContexts[Spec<K>['from']],
  ) => Promise<MessageReply<K>>;
  return handle(message, context);
}
