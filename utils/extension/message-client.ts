import { i18n } from '#i18n';
import type { LibraryDb } from '../library/library-db';
import { refusal } from './answer-library';
import type { ImagesProgressListener } from './images-progress';
import {
  answerMessage,
  type Message,
  type MessageData,
  type MessageFrom,
  type MessageReply,
  MESSAGES,
  type MessageType,
  messageTypesFrom,
} from './messages';
import { byPerson } from './user-activation';

/**
 * One function per message type of `K`, named after it: sends the message with its fields and
 * returns the answer (or `Lost`, when an answer can be lost on the way).
 */
export type Client<K extends MessageType, Lost = never> = {
  [T in K]: (fields: MessageData<T>) => Promise<MessageReply<T> | Lost>;
};

/** The library as the reader uses it (the messages the reader sends about it): every call answers, with one sentence when it failed. */
export type ReaderLibrary = Client<MessageFrom<'reader'>>;

/**
 * A client of `types` that hands each message to `ask`. A change to the library (see
 * `changesLibrary`) is refused unless the person has just pressed a key or clicked.
 */
function clientOf<K extends MessageType, Lost = never>(
  types: K[],
  ask: (message: Message) => Promise<unknown>,
): Client<K, Lost> {
  const send = (type: K, fields: object) =>
    MESSAGES[type].changesLibrary && !byPerson()
      ? Promise.resolve(refusal(i18n.t('library.notByPerson')))
      : ask({ type, ...fields } as Message);
  // One entry per type, made at run time: TypeScript cannot see that the entries match `Client`.
  return Object.fromEntries(types.map((type) => [type, (fields: object) => send(type, fields)])) as unknown as Client<
    K,
    Lost
  >;
}

/**
 * The messages a page of the extension sends the background about the browser (the popup) or the
 * page under it (the reader frame); undefined when no answer came.
 */
export function backgroundClient(
  send: (message: Message) => Promise<unknown>,
): Client<MessageFrom<'extension-page' | 'reader-frame'>, undefined> {
  return clientOf<MessageFrom<'extension-page' | 'reader-frame'>, undefined>(
    [...messageTypesFrom('extension-page'), ...messageTypesFrom('reader-frame')],
    send,
  );
}

/**
 * The reader's library through the background, for the reader shown over a web page: a frame
 * embedded in a page could be handed partitioned storage. A lost answer is asked for once more,
 * then becomes a failure.
 */
export function libraryThroughMessages(send: (message: Message) => Promise<unknown>): ReaderLibrary {
  return clientOf<MessageFrom<'reader'>>(messageTypesFrom('reader'), async (message) => {
    // A service worker stopped mid-answer loses the reply; the browser starts it again for the
    // next message, and every library message is safe to repeat (a save puts the same record).
    for (let attempt = 0; attempt < 2; attempt++) {
      const reply = await send(message).catch(() => undefined);
      if (reply) return reply;
    }
    return refusal(i18n.t('library.noAnswer'));
  });
}

/**
 * The library opened in place, for the reader in a tab of its own (a saved article): same answers,
 * no round trip; progress in keeping images goes straight to `imagesProgress`.
 */
export function libraryInDatabase(db: LibraryDb, imagesProgress: ImagesProgressListener = () => {}): ReaderLibrary {
  return clientOf<MessageFrom<'reader'>>(messageTypesFrom('reader'), (message) =>
    answerMessage(message, { db, imagesProgress }),
  );
}
