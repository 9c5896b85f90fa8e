import removals from './reviewed-removals.json' with { type: 'json' };

/**
 * Blocks of Readability's output on its test pages that we remove on purpose, each reviewed by eye
 * and filed under the clutter class it belongs to: page -> reason -> block texts (spaces collapsed).
 */
const REVIEWED: Record<string, Record<string, string[]>> = removals;

/** Why `text` (a block of Readability's output on `page`) is removed on purpose, or null if unreviewed. */
export function reviewedRemoval(page: string, text: string): string | null {
  for (const [why, blocks] of Object.entries(REVIEWED[page] ?? {})) if (blocks.includes(text)) return why;
  return null;
}

/** Every reviewed block, to check that each is still removed (a stale entry would hide nothing). */
export function reviewedBlocks(): { page: string; text: string }[] {
  return Object.entries(REVIEWED).flatMap(([page, reasons]) =>
    Object.values(reasons).flatMap((blocks) => blocks.map((text) => ({ page, text }))),
  );
}
