// `--report`: the pages where ours scores worst, per page type, each as a Markdown file that shows
// what our output has that the truth lacks and the other way round, to be read by a person.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extraLines, missingLines } from './line-diff';
import type { EngineResult, PageResult } from './page';

const WORST_PER_TYPE = 30;
const LINES_SHOWN = 200;

interface Scored {
  result: PageResult;
  ours: EngineResult & { f1: number };
}

const fileName = (id: string) => `${id.replace(/[^\w.-]+/g, '--')}.md`;
const f1Of = (result: PageResult, engine: string) =>
  result.engines.find((r) => r.engine === engine)?.f1?.toFixed(3) ?? '-';

/** A fence longer than any run of backticks a page is likely to hold. */
function block(lines: string[]): string {
  if (lines.length === 0) return '(none)';
  const shown = lines.slice(0, LINES_SHOWN);
  const more = lines.length > shown.length ? `\n… ${lines.length - shown.length} more lines` : '';
  return `\`\`\`\`text\n${shown.join('\n')}\n\`\`\`\`${more}`;
}

function pageMarkdown({ result, ours }: Scored): string {
  const { page } = result;
  const truth = page.truth.text ?? '';
  const output = ours.text ?? '';
  const extra = extraLines(output, truth);
  const missing = missingLines(output, truth);
  const others = result.engines
    .filter((r) => r.engine !== 'ours')
    .map((r) => `${r.engine} ${r.f1?.toFixed(3) ?? '-'}`)
    .join(', ');
  return [
    `# ${page.id}: ${page.type}${page.half ? ` (${page.half} half)` : ''}`,
    '',
    `- URL: ${page.url}`,
    `- ours: F1 ${ours.f1.toFixed(3)}, P ${ours.precision?.toFixed(3)}, R ${ours.recall?.toFixed(3)}` +
      (others ? `; ${others}` : ''),
    ...(ours.crashed ? [`- ours crashed: ${ours.error}`] : []),
    ...(ours.refused ? [`- ours refused: ${ours.refusal}`] : []),
    `- title: ours ${JSON.stringify(ours.title)}, truth ${JSON.stringify(page.truth.title)}`,
    '',
    `## Extra: ${extra.length} lines of our output mostly not in the truth`,
    '',
    block(extra),
    '',
    `## Missing: ${missing.length} lines of the truth mostly not in our output`,
    '',
    block(missing),
    '',
  ].join('\n');
}

/** The worst pages of each type by ours' word F1 (pages with a main-content truth and ours' text). */
export function worstPages(results: PageResult[]): Map<string, Scored[]> {
  const byType = new Map<string, Scored[]>();
  for (const result of results) {
    const ours = result.engines.find((r) => r.engine === 'ours');
    if (ours?.f1 == null) continue;
    const list = byType.get(result.page.type) ?? [];
    list.push({ result, ours: ours as Scored['ours'] });
    byType.set(result.page.type, list);
  }
  for (const [type, list] of byType) {
    byType.set(
      type,
      list
        .toSorted((a, b) => a.ours.f1 - b.ours.f1 || a.result.page.id.localeCompare(b.result.page.id))
        .slice(0, WORST_PER_TYPE),
    );
  }
  return byType;
}

/** Writes `dir` afresh (index.md and TYPE/ID.md); returns the index's path. */
export function writeWorstPages(dir: string, results: PageResult[]): string {
  rmSync(dir, { recursive: true, force: true });
  const index = [
    '# Worst pages for ours, by word F1',
    '',
    '| type | page | ours F1 | readability F1 | defuddle F1 | ours refused |',
    '|---|---|---|---|---|---|',
  ];
  for (const [type, list] of worstPages(results)) {
    mkdirSync(join(dir, type), { recursive: true });
    for (const scored of list) {
      const name = fileName(scored.result.page.id);
      writeFileSync(join(dir, type, name), pageMarkdown(scored));
      index.push(
        `| ${type} | [${scored.result.page.id}](${type}/${name}) | ${scored.ours.f1.toFixed(3)} | ` +
          `${f1Of(scored.result, 'readability')} | ${f1Of(scored.result, 'defuddle')} | ${scored.ours.refusal ?? ''} |`,
      );
    }
  }
  const file = join(dir, 'index.md');
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, `${index.join('\n')}\n`);
  return file;
}
