import { LIMITS } from '../settings/reader-settings';

/** The parts of the browser's `speechSynthesis` the player and its controls use. */
export interface Synthesis {
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
  getVoices(): SpeechSynthesisVoice[];
  addEventListener(type: 'voiceschanged', listener: () => void): void;
  removeEventListener(type: 'voiceschanged', listener: () => void): void;
}

export type PlayerState = 'idle' | 'playing' | 'paused';

export interface PlayerOptions {
  synth: Synthesis;
  /** Makes an utterance (`new SpeechSynthesisUtterance(text)` in a browser). */
  createUtterance: (text: string) => SpeechSynthesisUtterance;
  /** The article's language: the browser picks a voice for it when none is chosen. */
  lang: string | null;
  rate: number;
  voiceURI: string | null;
  /** A sentence began to be heard. */
  onSentence: (index: number) => void;
  /** The last sentence was said. */
  onEnd: () => void;
  /** The browser could not speak (its error code, such as "synthesis-failed"); playback stopped. */
  onError: (error: string) => void;
}

/** A speech rate the player accepts: `rate` within the settings' bounds; 1 when it is not a number. */
export function clampRate(rate: number): number {
  return Number.isFinite(rate) ? Math.min(LIMITS.rate.max, Math.max(LIMITS.rate.min, rate)) : 1;
}

/**
 * Speaks a list of sentences one utterance each (Chromium cuts long utterances off, and one at a
 * time lets a skip or a new speed take effect at once). Pausing cancels and resuming says the
 * sentence again from its start: `speechSynthesis.pause()` does nothing on some platforms
 * (Chrome on Android and Linux) and `resume()` can hang with network voices.
 */
export class SpeechPlayer {
  private current: SpeechSynthesisUtterance | null = null;
  private position = 0;
  private status: PlayerState = 'idle';
  private rate: number;
  private voiceURI: string | null;

  constructor(
    private readonly sentences: readonly string[],
    private readonly options: PlayerOptions,
  ) {
    this.rate = clampRate(options.rate);
    this.voiceURI = options.voiceURI;
  }

  get state(): PlayerState {
    return this.status;
  }

  /** The sentence being said, or the one to say on resume. */
  get index(): number {
    return this.position;
  }

  /** Speaks from sentence `index` (kept within the list) to the end. Does nothing for no sentences. */
  play(index = this.position): void {
    if (this.sentences.length === 0) return;
    this.position = Math.min(Math.max(0, index), this.sentences.length - 1);
    this.status = 'playing';
    this.speak();
  }

  pause(): void {
    if (this.status !== 'playing') return;
    this.silence();
    this.status = 'paused';
  }

  /** Says the paused sentence again from its start. */
  resume(): void {
    if (this.status === 'paused') this.play();
  }

  /** Goes on with the next sentence (from a pause too); after the last one, ends. */
  next(): void {
    if (this.status === 'idle') return;
    if (this.position + 1 < this.sentences.length) this.play(this.position + 1);
    else this.finish();
  }

  /** Goes back a sentence (from a pause too); on the first one, says it again. */
  previous(): void {
    if (this.status !== 'idle') this.play(this.position - 1);
  }

  stop(): void {
    this.silence();
    this.status = 'idle';
  }

  /** A new speed; the sentence being said starts again at it. */
  setRate(rate: number): void {
    const clamped = clampRate(rate);
    if (clamped === this.rate) return;
    this.rate = clamped;
    if (this.status === 'playing') this.speak();
  }

  /** A new voice (null: the browser's choice); the sentence being said starts again in it. */
  setVoice(voiceURI: string | null): void {
    if (voiceURI === this.voiceURI) return;
    this.voiceURI = voiceURI;
    if (this.status === 'playing') this.speak();
  }

  private speak(): void {
    const { synth, createUtterance, lang } = this.options;
    this.silence();
    const utterance = createUtterance(this.sentences[this.position]!);
    utterance.rate = this.rate;
    if (lang) utterance.lang = lang;
    // Looked up at each sentence: voices can load after playback started.
    const voice = synth.getVoices().find((v) => v.voiceURI === this.voiceURI);
    if (voice) utterance.voice = voice;
    // Events of an utterance that was cancelled (a skip, a pause) arrive late: only the current one counts.
    utterance.addEventListener('start', () => {
      if (utterance === this.current) this.options.onSentence(this.position);
    });
    utterance.addEventListener('end', () => {
      if (utterance !== this.current) return;
      // Nothing to cancel before the next one.
      this.current = null;
      if (this.position + 1 < this.sentences.length) this.play(this.position + 1);
      else this.finish();
    });
    utterance.addEventListener('error', (event) => {
      if (utterance !== this.current) return;
      this.current = null;
      this.stop();
      this.options.onError(event.error);
    });
    // Held until it ends: Chromium drops the events of an utterance nothing refers to.
    this.current = utterance;
    synth.speak(utterance);
  }

  private finish(): void {
    this.stop();
    this.options.onEnd();
  }

  /** Cancels what is being said, so that its late events are ignored. */
  private silence(): void {
    if (!this.current) return;
    this.current = null;
    this.options.synth.cancel();
  }
}
