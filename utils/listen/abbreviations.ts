/**
 * Abbreviations that end in a full stop without ending the sentence, lower-cased, dot included.
 * Intl.Segmenter (ICU) breaks after them when a capital follows ("Dr. Smith"). Words that often do
 * end a sentence ("etc.", "usw.", "Inc.", "Jr.") are left out: a missed break costs less than a
 * wrong one, which would stop the voice mid-sentence. Single letters ("J.", "z.") are initials
 * and are handled by rule, not listed.
 */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // English titles and Latin
  'mr.',
  'mrs.',
  'ms.',
  'messrs.',
  'dr.',
  'prof.',
  'st.',
  'mt.',
  'gen.',
  'gov.',
  'sen.',
  'rep.',
  'col.',
  'lt.',
  'sgt.',
  'capt.',
  'cmdr.',
  'adm.',
  'rev.',
  'hon.',
  'pres.',
  'supt.',
  'e.g.',
  'i.e.',
  'cf.',
  'vs.',
  'viz.',
  // German ("z. B." and "d. h." are single letters)
  'z.b.',
  'd.h.',
  'u.a.',
  'bzw.',
  'vgl.',
  'ca.',
  'hr.',
  'fr.',
  'hrn.',
  'sog.',
  'inkl.',
  'evtl.',
  'ggf.',
  'bspw.',
  // French, Spanish
  'mm.',
  'mme.',
  'mlle.',
  'sra.',
  'srta.',
]);

/** Abbreviations that end in a full stop before a number: "No. 5", "Nr. 12", "p. 3", "Fig. 2". */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'no.',
  'nos.',
  'nr.',
  'fig.',
  'figs.',
  'p.',
  'pp.',
  'vol.',
  'art.',
  'abs.',
  'ch.',
  'sec.',
  'approx.',
  'tel.',
]);

/** Languages that write ordinals as a number with a full stop ("am 3. Oktober", "3. maj"). */
export const ORDINAL_DOT_LANGUAGES: ReadonlySet<string> = new Set([
  'de',
  'da',
  'nb',
  'nn',
  'no',
  'fi',
  'is',
  'et',
  'lv',
  'cs',
  'sk',
  'pl',
  'hu',
  'sl',
  'hr',
  'sr',
  'bs',
  'tr',
]);
