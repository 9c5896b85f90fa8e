// `--compare FILE`: the pages whose ours-F1 moved since an earlier `--json` run, worst regressions first.
import { mean } from './metrics';
import type { PageRecord } from './results-file';

/** A move smaller than this is noise from a word or two, not a change worth reading. */
export const MOVE_THRESHOLD = 0.02;
const SHOWN = 40;

export interface Move {
  id: string;
  type: string;
  before: number;
  after: number;
}

/** Ours' F1 before and after, for every page that has one in both runs. */
export function pagesInBoth(before: PageRecord[], after: PageRecord[]): Move[] {
  const earlier = new Map(before.map((page) => [page.id, page.engines.ours?.f1 ?? null]));
  return after.flatMap((page) => {
    const was = earlier.get(page.id);
    const now = page.engines.ours?.f1;
    return was == null || now == null ? [] : [{ id: page.id, type: page.type, before: was, after: now }];
  });
}

/** The moves larger than MOVE_THRESHOLD, the largest drop first and the largest gain last. */
export function largeMoves(moves: Move[]): Move[] {
  return moves
    .filter((move) => Math.abs(move.after - move.before) > MOVE_THRESHOLD)
    .toSorted((a, b) => a.after - a.before - (b.after - b.before));
}

function line(move: Move): string {
  const delta = move.after - move.before;
  return (
    `  ${move.id.padEnd(12)} ${move.type.padEnd(14)} ${move.before.toFixed(3)} -> ${move.after.toFixed(3)} ` +
    `(${delta > 0 ? '+' : ''}${delta.toFixed(3)})`
  );
}

function capped(moves: Move[], label: string): string[] {
  return [
    ...moves.slice(0, SHOWN).map(line),
    ...(moves.length > SHOWN ? [`  … ${moves.length - SHOWN} more ${label}`] : []),
  ];
}

/** The printed comparison of ours' F1 between an earlier run (`before`) and this one. */
export function formatComparison(file: string, before: PageRecord[], after: PageRecord[]): string {
  const both = pagesInBoth(before, after);
  if (both.length === 0) return `compared with ${file}: no page has ours' F1 in both runs`;
  const moves = largeMoves(both);
  const worse = moves.filter((move) => move.after < move.before);
  const better = moves.filter((move) => move.after > move.before).toReversed();
  return [
    `compared with ${file}: ${both.length} pages in both, ours' mean F1 ` +
      `${mean(both.map((move) => move.before)).toFixed(3)} -> ${mean(both.map((move) => move.after)).toFixed(3)}; ` +
      `moved by more than ${MOVE_THRESHOLD}: ${worse.length} worse, ${better.length} better`,
    ...capped(worse, 'worse'),
    ...capped(better, 'better'),
  ].join('\n');
}
