import { describe, expect, it, vi } from 'vitest';
import { SpeechPlayer, type PlayerOptions } from '@/utils/listen/speech-player';
import { createStubUtterance, StubSynthesis, stubVoice } from './stub-synthesis';

const SENTENCES = ['One.', 'Two.', 'Three.'];

function setUp(options: Partial<PlayerOptions> = {}, sentences = SENTENCES) {
  const synth = new StubSynthesis();
  const events = { onSentence: vi.fn(), onEnd: vi.fn(), onError: vi.fn() };
  const player = new SpeechPlayer(sentences, {
    synth,
    createUtterance: createStubUtterance,
    lang: 'en-GB',
    rate: 1,
    voiceURI: null,
    ...events,
    ...options,
  });
  return { synth, player, ...events };
}

describe('SpeechPlayer', () => {
  it('says one sentence at a time, in order, and ends after the last', () => {
    const { synth, player, onSentence, onEnd } = setUp();
    player.play();
    expect(synth.texts).toEqual(['One.']);
    synth.finish();
    expect(synth.texts).toEqual(['One.', 'Two.']);
    synth.finish();
    synth.finish();
    expect(synth.texts).toEqual(SENTENCES);
    expect(onSentence.mock.calls).toEqual([[0], [1], [2]]);
    expect(onEnd).toHaveBeenCalledOnce();
    expect(player.state).toBe('idle');
  });

  it('reports a sentence when it starts to be heard, not when it is queued', () => {
    const { synth, player, onSentence } = setUp();
    player.play(1);
    expect(onSentence).not.toHaveBeenCalled();
    synth.start();
    expect(onSentence).toHaveBeenCalledWith(1);
  });

  it('speaks in the article language at the chosen speed', () => {
    const { synth, player } = setUp({ rate: 1.5 });
    player.play();
    expect(synth.speaking).toMatchObject({ text: 'One.', lang: 'en-GB', rate: 1.5, voice: null });
  });

  it('keeps the speed between 0.5 and 2.5', () => {
    const { synth, player } = setUp({ rate: 9 });
    player.play();
    expect(synth.speaking!.rate).toBe(2.5);
    player.setRate(0.1);
    expect(synth.speaking!.rate).toBe(0.5);
    player.setRate(Number.NaN);
    expect(synth.speaking!.rate).toBe(1);
  });

  it('says the current sentence again at a new speed, without skipping ahead', () => {
    const { synth, player, onError } = setUp();
    player.play();
    synth.finish();
    player.setRate(2);
    expect(synth.texts).toEqual(['One.', 'Two.', 'Two.']);
    expect(synth.speaking).toMatchObject({ text: 'Two.', rate: 2 });
    expect(onError).not.toHaveBeenCalled();
  });

  it('pauses by cancelling and resumes from the start of the sentence', () => {
    const { synth, player, onError, onEnd } = setUp();
    player.play();
    synth.finish();
    player.pause();
    expect(player.state).toBe('paused');
    expect(synth.speaking).toBeUndefined();
    // The cancelled utterance's "interrupted" error is ours, not a failure.
    expect(onError).not.toHaveBeenCalled();
    player.resume();
    expect(player.state).toBe('playing');
    expect(synth.texts).toEqual(['One.', 'Two.', 'Two.']);
    synth.finish();
    expect(synth.texts.at(-1)).toBe('Three.');
    expect(onEnd).not.toHaveBeenCalled();
  });

  it('skips to the next and previous sentence, cutting the current one off', () => {
    const { synth, player, onEnd } = setUp();
    player.play();
    player.next();
    expect(synth.texts).toEqual(['One.', 'Two.']);
    player.next();
    player.previous();
    expect(synth.texts).toEqual(['One.', 'Two.', 'Three.', 'Two.']);
    player.previous();
    player.previous();
    expect(synth.texts.slice(-2)).toEqual(['One.', 'One.']);
    expect(player.index).toBe(0);
    player.play(2);
    player.next();
    expect(onEnd).toHaveBeenCalledOnce();
    expect(player.state).toBe('idle');
    expect(synth.speaking).toBeUndefined();
  });

  it('goes on to the next sentence from a pause', () => {
    const { synth, player } = setUp();
    player.play();
    player.pause();
    player.next();
    expect(player.state).toBe('playing');
    expect(synth.speaking!.text).toBe('Two.');
  });

  it('ignores the events of utterances it cancelled', () => {
    const { synth, player, onSentence, onEnd } = setUp();
    player.play();
    const first = synth.speaking!;
    player.next();
    // A browser may still report the cut-off sentence as started or ended.
    first.dispatchEvent(new Event('start'));
    first.dispatchEvent(new Event('end'));
    expect(onSentence).not.toHaveBeenCalled();
    expect(synth.texts).toEqual(['One.', 'Two.']);
    expect(onEnd).not.toHaveBeenCalled();
  });

  it('stops quietly and can play again', () => {
    const { synth, player, onEnd } = setUp();
    player.play();
    player.stop();
    expect(player.state).toBe('idle');
    expect(synth.speaking).toBeUndefined();
    expect(onEnd).not.toHaveBeenCalled();
    player.next();
    expect(synth.texts).toEqual(['One.']);
    player.play(0);
    expect(synth.texts).toEqual(['One.', 'One.']);
  });

  it('uses the chosen voice, also when voices load after playback began', () => {
    const { synth, player } = setUp({ voiceURI: 'anna' });
    player.play();
    expect(synth.speaking!.voice).toBeNull();
    synth.loadVoices([stubVoice('tom', 'en-GB'), stubVoice('anna', 'de-DE')]);
    synth.finish();
    expect(synth.speaking!.voice!.voiceURI).toBe('anna');
    player.setVoice('tom');
    expect(synth.speaking).toMatchObject({ text: 'Two.', voice: { voiceURI: 'tom' } });
    player.setVoice(null);
    expect(synth.speaking).toMatchObject({ text: 'Two.', voice: null, lang: 'en-GB' });
  });

  it('stops and reports when the browser cannot speak', () => {
    const { synth, player, onError, onEnd } = setUp();
    player.play();
    synth.fail('synthesis-failed');
    expect(onError).toHaveBeenCalledWith('synthesis-failed');
    expect(player.state).toBe('idle');
    expect(synth.texts).toEqual(['One.']);
    expect(onEnd).not.toHaveBeenCalled();
  });

  it('does nothing with no sentences', () => {
    const { synth, player } = setUp({}, []);
    player.play();
    expect(player.state).toBe('idle');
    expect(synth.texts).toEqual([]);
  });
});
