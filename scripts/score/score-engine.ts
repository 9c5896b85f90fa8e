// One engine's result on one page: its output measured against the page's truth.
import type { EngineOutput } from './engines';
import { foldTypography, shingleScores, snippetsFound, wordScores } from './metrics';
import type { EngineName, EngineResult, Truth } from './page';

const count = (found: boolean[]) => found.filter(Boolean).length;

/** Scores `output` against `truth`; keeps the output text only when `keepText` (for the report). */
export function scoreEngine(engine: EngineName, output: EngineOutput, truth: Truth, keepText: boolean): EngineResult {
  const words = truth.text === null ? null : wordScores(output.text, truth.text);
  const shingles = truth.text === null ? null : shingleScores(output.text, truth.text);
  return {
    engine,
    crashed: false,
    error: null,
    refused: output.refused,
    refusal: output.refusal,
    ms: output.ms,
    precision: words?.precision ?? null,
    recall: words?.recall ?? null,
    f1: words?.f1 ?? null,
    shingleP: shingles?.precision ?? null,
    shingleR: shingles?.recall ?? null,
    withFound: count(snippetsFound(output.text, truth.with)),
    withFoundFolded: count(snippetsFound(foldTypography(output.text), truth.with.map(foldTypography))),
    withoutFound: count(snippetsFound(output.text, truth.without)),
    title: output.title,
    byline: output.byline,
    publishedTime: output.publishedTime,
    text: keepText ? output.text : null,
  };
}

const EMPTY: EngineOutput = {
  text: '',
  refused: false,
  refusal: null,
  title: null,
  byline: null,
  publishedTime: null,
  ms: 0,
};

/** A crashed engine: scored as an empty output, with the error that stopped it and no time. */
export function crashResult(engine: EngineName, error: string, truth: Truth): EngineResult {
  return { ...scoreEngine(engine, EMPTY, truth, false), crashed: true, error, ms: null };
}
