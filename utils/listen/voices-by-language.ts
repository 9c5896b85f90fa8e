import { primaryLanguage } from '../primary-language';

/**
 * The voices that speak `lang` (its exact region first, then the rest of the language, each in
 * the browser's order), and the others sorted by language and name. All are `others` when
 * `lang` is null.
 */
export function voicesByLanguage(
  voices: readonly SpeechSynthesisVoice[],
  lang: string | null,
): { matching: SpeechSynthesisVoice[]; others: SpeechSynthesisVoice[] } {
  const wanted = lang ? primaryLanguage(lang) : null;
  const exact = (voice: SpeechSynthesisVoice) => voice.lang.replace('_', '-').toLowerCase() === lang?.toLowerCase();
  const matching = voices.filter((voice) => primaryLanguage(voice.lang) === wanted);
  return {
    matching: [...matching.filter(exact), ...matching.filter((voice) => !exact(voice))],
    others: voices
      .filter((voice) => primaryLanguage(voice.lang) !== wanted)
      .toSorted((a, b) => a.lang.localeCompare(b.lang) || a.name.localeCompare(b.name)),
  };
}
