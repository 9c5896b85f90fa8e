import { describe, expect, it, vi } from 'vitest';
import type { Message } from '@/utils/messages';
import { libraryThroughMessages } from '@/utils/reader-library';

// What chrome.runtime.sendMessage does when the service worker is stopped while it answers.
const stopped = () => Promise.reject(new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received'));

describe('libraryThroughMessages', () => {
  it('asks once more when the service worker was stopped before it answered', async () => {
    const send = vi.fn<(message: Message) => Promise<unknown>>().mockImplementationOnce(stopped).mockResolvedValueOnce({ ok: true });
    await expect(libraryThroughMessages(send).remove('h1')).resolves.toEqual({ ok: true });
    expect(send).toHaveBeenCalledTimes(2);
    expect(send).toHaveBeenLastCalledWith({ type: 'delete-highlight', id: 'h1' });
  });

  it('says so in one sentence when the second answer is lost too', async () => {
    const send = vi.fn<(message: Message) => Promise<unknown>>().mockImplementation(stopped);
    await expect(libraryThroughMessages(send).load('https://news.example/a')).resolves.toEqual({
      ok: false,
      message: expect.stringMatching(/^Lucid Reader did not answer\./),
    });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('asks once when answered, even with a refusal', async () => {
    const send = vi.fn<(message: Message) => Promise<unknown>>().mockResolvedValue({ ok: false, message: 'No room left.' });
    await expect(libraryThroughMessages(send).remove('h1')).resolves.toEqual({ ok: false, message: 'No room left.' });
    expect(send).toHaveBeenCalledTimes(1);
  });
});
