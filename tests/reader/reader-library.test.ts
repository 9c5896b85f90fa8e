import { describe, expect, it, vi } from 'vitest';
import type { Message } from '@/utils/extension/messages';
import { libraryInDatabase, libraryThroughMessages } from '@/utils/extension/message-client';
import { freshLibrary, highlightOf, sampleArticle } from '../support/library';

// What chrome.runtime.sendMessage does when the service worker is stopped while it answers.
const stopped = () =>
  Promise.reject(
    new Error(
      'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
    ),
  );

describe('libraryThroughMessages', () => {
  it('asks once more when the service worker was stopped before it answered', async () => {
    const send = vi
      .fn<(message: Message) => Promise<unknown>>()
      .mockImplementationOnce(stopped)
      .mockResolvedValueOnce({ ok: true });
    await expect(libraryThroughMessages(send)['delete-highlight']({ id: 'h1' })).resolves.toEqual({ ok: true });
    expect(send).toHaveBeenCalledTimes(2);
    expect(send).toHaveBeenLastCalledWith({ type: 'delete-highlight', id: 'h1' });
  });

  it('says so in one sentence when the second answer is lost too', async () => {
    const send = vi.fn<(message: Message) => Promise<unknown>>().mockImplementation(stopped);
    await expect(
      libraryThroughMessages(send)['load-highlights']({ articleId: 'https://news.example/a' }),
    ).resolves.toEqual({
      ok: false,
      message: expect.stringMatching(/^Lucid Reader did not answer\./),
    });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('asks once when answered, even with a refusal', async () => {
    const send = vi
      .fn<(message: Message) => Promise<unknown>>()
      .mockResolvedValue({ ok: false, message: 'No room left.' });
    await expect(libraryThroughMessages(send)['delete-highlight']({ id: 'h1' })).resolves.toEqual({
      ok: false,
      message: 'No room left.',
    });
    expect(send).toHaveBeenCalledTimes(1);
  });
});

/** The browser saying whether the person just pressed a key or clicked. */
function activation(isActive: boolean) {
  vi.stubGlobal('navigator', { userActivation: { isActive } });
}

describe('changes to the library', () => {
  it('are made only right after a key press or click; reading, and remembering the place, are not held back', async () => {
    const send = vi.fn<(message: Message) => Promise<unknown>>().mockResolvedValue({ ok: true });
    const library = libraryThroughMessages(send);
    activation(false);
    try {
      await expect(library['save-article']({ article: sampleArticle })).resolves.toEqual({
        ok: false,
        message: expect.stringMatching(/^Nothing was changed/),
      });
      await expect(library['delete-highlight']({ id: 'h1' })).resolves.toMatchObject({ ok: false });
      await expect(library['load-highlights']({ articleId: 'https://news.example/a' })).resolves.toEqual({ ok: true });
      await expect(library['set-progress']({ articleId: 'https://news.example/a', progress: 0.5 })).resolves.toEqual({
        ok: true,
      });
      expect(send.mock.calls.map(([message]) => message.type)).toEqual(['load-highlights', 'set-progress']);
      activation(true);
      await expect(library['delete-highlight']({ id: 'h1' })).resolves.toEqual({ ok: true });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('write nothing when refused, in the library opened in place too', async () => {
    const db = freshLibrary();
    activation(false);
    try {
      await libraryInDatabase(db)['save-highlight']({
        article: sampleArticle,
        highlight: highlightOf(sampleArticle.text, 'the city'),
      });
    } finally {
      vi.unstubAllGlobals();
    }
    expect([await db.articles.count(), await db.highlights.count()]).toEqual([0, 0]);
  });
});
