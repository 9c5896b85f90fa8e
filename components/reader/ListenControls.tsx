import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { hideSentence, showSentence } from '@/utils/listen/show-sentence';
import { clampRate, SpeechPlayer, type PlayerState, type Synthesis } from '@/utils/listen/speech-player';
import { splitSentences } from '@/utils/listen/split-sentences';
import { startingSentence } from '@/utils/listen/starting-sentence';
import { voicesByLanguage } from '@/utils/listen/voices-by-language';
import { LIMITS } from '@/utils/settings/reader-settings';
import './listen-controls.css';

interface Props {
  /** The article body to read (where highlights are drawn); null while no article is shown. */
  root: HTMLElement | null;
  /** The article's language (BCP 47) for splitting sentences and choosing a voice; null if unknown. */
  lang: string | null;
  /** The speech synthesis to use: the window's when left out, none when null. */
  synth?: Synthesis | null;
  /** The remembered voice; null (or a voice this browser lacks) for the browser's choice. */
  voiceURI: string | null;
  /** The remembered speed, 0.5 to 2.5 (1 is normal). */
  rate: number;
  onVoiceChange: (voiceURI: string | null) => void;
  onRateChange: (rate: number) => void;
  /** Stop was pressed: speech has stopped and the controls can go. */
  onClose: () => void;
  /** Each change of this count plays or pauses, as the Play button does (the reader's `l` key). */
  playToggles?: number;
}

/** The speeds offered: the settings' bounds, in their steps (0.5×, 0.75×, … 2.5×). */
const RATES = Array.from(
  { length: Math.round((LIMITS.rate.max - LIMITS.rate.min) / LIMITS.rate.step) + 1 },
  (_, i) => LIMITS.rate.min + i * LIMITS.rate.step,
);

/** "1.0×", "1.25×". */
function formatRate(rate: number): string {
  return `${rate.toFixed(Number.isInteger(rate * 10) ? 1 : 2)}×`;
}

/** The offered speed closest to `rate` (a remembered rate may be any number). */
function nearestRate(rate: number): number {
  const wanted = clampRate(rate);
  return RATES.reduce((best, r) => (Math.abs(r - wanted) < Math.abs(best - wanted) ? r : best));
}

function windowSynthesis(): Synthesis | null {
  return 'speechSynthesis' in globalThis ? globalThis.speechSynthesis : null;
}

function Icon({ d }: { d: string }) {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
      <path d={d} fill="currentColor" />
    </svg>
  );
}

const ICONS = {
  previous: 'M6 5h2v14H6zM19 5v14L9 12z',
  next: 'M16 5h2v14h-2zM5 5v14l10-7z',
  play: 'M8 5v14l11-7z',
  pause: 'M7 5h4v14H7zM13 5h4v14h-4z',
  stop: 'M6 6h12v12H6z',
  close: 'M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6z',
};

/**
 * Reads the article aloud: play/pause, previous and next sentence, speed, voice and stop. Playback
 * starts at the selected paragraph, else the first one on screen; the spoken sentence is
 * highlighted and kept in view. Without speech synthesis it says so and offers only Close.
 */
export function ListenControls({
  root,
  lang,
  synth,
  voiceURI,
  rate,
  onVoiceChange,
  onRateChange,
  onClose,
  playToggles = 0,
}: Props) {
  const synthesis = synth === undefined ? windowSynthesis() : synth;
  const available = synthesis !== null && typeof SpeechSynthesisUtterance === 'function';
  const player = useRef<SpeechPlayer | null>(null);
  const [state, setState] = useState<PlayerState>('idle');
  const [heard, setHeard] = useState<{ index: number; of: number } | null>(null);
  const [problem, setProblem] = useState('');
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>([]);

  function reset() {
    hideSentence();
    setState('idle');
    setHeard(null);
  }

  useEffect(() => {
    if (!synthesis) return;
    // Chromium lists its voices only after `voiceschanged`.
    const update = () => setVoices(synthesis.getVoices());
    update();
    synthesis.addEventListener('voiceschanged', update);
    return () => synthesis.removeEventListener('voiceschanged', update);
  }, [synthesis]);

  // Another article, language or synthesis: what was playing is over.
  useEffect(
    () => () => {
      player.current?.stop();
      player.current = null;
      reset();
    },
    [root, lang, synthesis],
  );

  useEffect(() => player.current?.setRate(rate), [rate]);
  useEffect(() => player.current?.setVoice(voiceURI), [voiceURI]);

  function start() {
    if (!root || !synthesis) return;
    const sentences = splitSentences(root, lang);
    if (sentences.length === 0) {
      setProblem(i18n.t('listen.noText'));
      return;
    }
    setProblem('');
    const body = root;
    player.current = new SpeechPlayer(
      sentences.map((sentence) => sentence.text),
      {
        synth: synthesis,
        createUtterance: (text) => new SpeechSynthesisUtterance(text),
        lang,
        rate,
        voiceURI,
        onSentence: (index) => {
          setHeard({ index, of: sentences.length });
          showSentence(body, sentences[index]!);
        },
        onEnd: reset,
        onError: (error) => {
          reset();
          setProblem(i18n.t('listen.failed', [String(error)]));
        },
      },
    );
    player.current.play(startingSentence(sentences, root));
    setState(player.current.state);
  }

  /** Runs a player command and shows the state it leaves. */
  function command(run: (current: SpeechPlayer) => void) {
    const current = player.current;
    if (!current) return;
    run(current);
    if (current.state === 'idle') reset();
    else setState(current.state);
  }

  function togglePlay() {
    if (state === 'playing') command((p) => p.pause());
    else if (state === 'paused') command((p) => p.resume());
    else start();
  }

  useEffect(() => {
    if (playToggles > 0 && available) togglePlay();
  }, [playToggles]);

  function stop() {
    command((p) => p.stop());
    onClose();
  }

  if (!available) {
    return (
      <div class="listen-controls" role="group" aria-label={i18n.t('listen.group')}>
        <p class="listen-message">{i18n.t('listen.notAvailable')}</p>
        <button
          type="button"
          class="listen-button"
          aria-label={i18n.t('listen.close')}
          title={i18n.t('listen.close')}
          onClick={onClose}
        >
          <Icon d={ICONS.close} />
        </button>
      </div>
    );
  }

  const { matching, others } = voicesByLanguage(voices, lang);
  const chosen = voices.some((voice) => voice.voiceURI === voiceURI) ? voiceURI! : '';
  const idle = state === 'idle';
  const playLabel = state === 'playing' ? i18n.t('listen.pause') : i18n.t('listen.play');

  return (
    <div class="listen-controls" role="group" aria-label={i18n.t('listen.group')}>
      <button
        type="button"
        class="listen-button"
        aria-label={i18n.t('listen.previous')}
        title={i18n.t('listen.previous')}
        disabled={idle}
        onClick={() => command((p) => p.previous())}
      >
        <Icon d={ICONS.previous} />
      </button>
      <button
        type="button"
        class="listen-button listen-play"
        aria-label={playLabel}
        title={playLabel}
        // Keeps the selection a click would clear: playback starts at the selected paragraph.
        onMouseDown={(event) => event.preventDefault()}
        disabled={idle && !root}
        onClick={togglePlay}
      >
        <Icon d={state === 'playing' ? ICONS.pause : ICONS.play} />
      </button>
      <button
        type="button"
        class="listen-button"
        aria-label={i18n.t('listen.next')}
        title={i18n.t('listen.next')}
        disabled={idle}
        onClick={() => command((p) => p.next())}
      >
        <Icon d={ICONS.next} />
      </button>
      {heard && (
        <span class="listen-position" title={i18n.t('listen.position', [String(heard.index + 1), String(heard.of)])}>
          {heard.index + 1}/{heard.of}
        </span>
      )}
      <select
        class="listen-select"
        aria-label={i18n.t('listen.speed')}
        title={i18n.t('listen.speed')}
        value={String(nearestRate(rate))}
        onChange={(event) => onRateChange(Number(event.currentTarget.value))}
      >
        {RATES.map((r) => (
          <option key={r} value={String(r)}>
            {formatRate(r)}
          </option>
        ))}
      </select>
      <select
        class="listen-select listen-voice"
        aria-label={i18n.t('listen.voice')}
        title={i18n.t('listen.voice')}
        value={chosen}
        onChange={(event) => onVoiceChange(event.currentTarget.value || null)}
      >
        <option value="">{i18n.t('listen.defaultVoice')}</option>
        {matching.length > 0 && (
          <optgroup label={i18n.t('listen.articleLanguage')}>
            {matching.map((voice) => (
              <option key={voice.voiceURI} value={voice.voiceURI}>
                {voice.name}
              </option>
            ))}
          </optgroup>
        )}
        {others.length > 0 && (
          <optgroup label={matching.length > 0 ? i18n.t('listen.otherLanguages') : i18n.t('listen.voices')}>
            {others.map((voice) => (
              <option key={voice.voiceURI} value={voice.voiceURI}>
                {voice.name} ({voice.lang})
              </option>
            ))}
          </optgroup>
        )}
      </select>
      <button
        type="button"
        class="listen-button"
        aria-label={i18n.t('listen.stop')}
        title={i18n.t('listen.stop')}
        onClick={stop}
      >
        <Icon d={ICONS.stop} />
      </button>
      <p class="listen-message" role="status">
        {problem}
      </p>
    </div>
  );
}
