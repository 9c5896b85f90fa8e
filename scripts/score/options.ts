// The command line of `npm run score`.
import type { Half } from './domain-split';
import { ENGINES, type EngineName } from './page';

export const USAGE = `usage: npm run score -- [--corpus wcxb|readability|own|all] [--half tune|check] [--type TYPE[,TYPE]]
       [--ids ID[,ID]] [--limit N] [--engines ours,readability,defuddle] [--json FILE] [--compare FILE] [--report]
       [--budget SECONDS]`;

/**
 * Seconds a page may take, parsing and all engines, before it counts as hung. Ten times the slowest
 * page on an idle two-core machine; a machine shared with other heavy work needs more (--budget).
 */
const DEFAULT_BUDGET_S = 60;

const CORPORA = ['wcxb', 'readability', 'own', 'all'] as const;
export type CorpusChoice = (typeof CORPORA)[number];

export interface ScoreOptions {
  corpus: CorpusChoice;
  half: Half | null;
  /** Page types to keep; empty for all. */
  types: string[];
  /** Page IDs to keep; empty for all. */
  ids: string[];
  limit: number | null;
  engines: EngineName[];
  json: string | null;
  compare: string | null;
  report: boolean;
  budgetMs: number;
}

export class UsageError extends Error {}

/** The options that take a value, each handled below. */
const VALUED = ['--corpus', '--half', '--type', '--ids', '--limit', '--engines', '--json', '--compare', '--budget'];

/** "a,b" and repeated flags alike: `--type article --type forum,listing`. */
const list = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`${name} must be one of ${allowed.join(', ')}`);
  return value as T;
}

/** Reads the arguments after `npm run score --`; throws a UsageError on anything it does not know. */
export function parseOptions(argv: string[]): ScoreOptions {
  const options: ScoreOptions = {
    corpus: 'wcxb',
    half: null,
    types: [],
    ids: [],
    limit: null,
    engines: [...ENGINES],
    json: null,
    compare: null,
    report: false,
    budgetMs: DEFAULT_BUDGET_S * 1000,
  };
  let engines: EngineName[] = [];
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === '--report') {
      options.report = true;
      continue;
    }
    if (!VALUED.includes(flag)) throw new UsageError(`unknown option ${flag}`);
    const value = argv[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    switch (flag) {
      case '--corpus':
        options.corpus = oneOf(flag, value, CORPORA);
        break;
      case '--half':
        options.half = oneOf(flag, value, ['tune', 'check'] as const);
        break;
      case '--type':
        options.types.push(...list(value));
        break;
      case '--ids':
        options.ids.push(...list(value));
        break;
      case '--limit':
        options.limit = Number(value);
        if (!Number.isInteger(options.limit) || options.limit < 1)
          throw new UsageError('--limit needs a positive whole number');
        break;
      case '--engines':
        engines = [...engines, ...list(value).map((engine) => oneOf(flag, engine, ENGINES))];
        break;
      case '--json':
        options.json = value;
        break;
      case '--compare':
        options.compare = value;
        break;
      case '--budget':
        options.budgetMs = Number(value) * 1000;
        if (!(options.budgetMs > 0)) throw new UsageError('--budget needs a positive number of seconds');
        break;
    }
  }
  // The engines always run in the same order, whatever order they were named in.
  if (engines.length > 0) options.engines = ENGINES.filter((engine) => engines.includes(engine));
  return options;
}
