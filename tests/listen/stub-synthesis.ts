import type { Synthesis } from '@/utils/listen/speech-player';

/** An utterance like the browser's, without the sound: it fires start, end and error events. */
export class StubUtterance extends EventTarget {
  rate = 1;
  lang = '';
  voice: SpeechSynthesisVoice | null = null;
  constructor(readonly text: string) {
    super();
  }
}

export const stubVoice = (voiceURI: string, lang: string, name = voiceURI) =>
  ({ voiceURI, lang, name, default: false, localService: true }) as SpeechSynthesisVoice;

const errorEvent = (error: string) => Object.assign(new Event('error'), { error });

/**
 * A speechSynthesis that records every utterance it is given; the test says when the one being
 * said starts and ends. `cancel` interrupts everything queued, with the error event Chromium fires.
 */
export class StubSynthesis extends EventTarget implements Synthesis {
  readonly given: StubUtterance[] = [];
  private queue: StubUtterance[] = [];
  private voices: SpeechSynthesisVoice[] = [];

  speak(utterance: SpeechSynthesisUtterance): void {
    const stub = utterance as unknown as StubUtterance;
    this.given.push(stub);
    this.queue.push(stub);
  }

  cancel(): void {
    for (const utterance of this.queue.splice(0)) utterance.dispatchEvent(errorEvent('interrupted'));
  }

  getVoices(): SpeechSynthesisVoice[] {
    return this.voices;
  }

  /** Voices that arrive after the page loaded, as in Chromium. */
  loadVoices(voices: SpeechSynthesisVoice[]): void {
    this.voices = voices;
    this.dispatchEvent(new Event('voiceschanged'));
  }

  /** The texts it was given, in order. */
  get texts(): string[] {
    return this.given.map((utterance) => utterance.text);
  }

  /** The utterance being said (or about to be), if any. */
  get speaking(): StubUtterance | undefined {
    return this.queue[0];
  }

  /** The utterance being said starts to be heard. */
  start(): void {
    this.queue[0]?.dispatchEvent(new Event('start'));
  }

  /** The utterance being said is heard from start to end. */
  finish(): void {
    const utterance = this.queue.shift();
    utterance?.dispatchEvent(new Event('start'));
    utterance?.dispatchEvent(new Event('end'));
  }

  /** The utterance being said fails. */
  fail(error: string): void {
    this.queue.shift()?.dispatchEvent(errorEvent(error));
  }
}

/** Makes stub utterances where the player expects real ones. */
export const createStubUtterance = (text: string) => new StubUtterance(text) as unknown as SpeechSynthesisUtterance;
