import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type Axe from 'axe-core';
import type { RunOptions } from 'axe-core';
import type { Frame, Page } from 'playwright-core';

/** One axe rule broken badly enough to stop a person using the page: impact serious or critical. */
export interface SeriousViolation {
  id: string;
  impact: 'serious' | 'critical';
  help: string;
  helpUrl: string;
  /** Each offending element: its CSS selector path, its markup (shortened) and what to fix. */
  nodes: { target: string; html: string; fix: string }[];
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core on the document of `target` (a page, or one frame such as the reader's iframe) as it
 * is now, and returns its serious and critical violations; an empty list means none. Throws when axe
 * cannot run there (the frame went away, ...).
 */
export async function axeScan(target: Page | Frame): Promise<SeriousViolation[]> {
  // Evaluated over DevTools, so an extension page's CSP (no inline scripts) does not block it, as it
  // blocks addScriptTag. Once per document: a scan per theme need not parse 550 kB again.
  if (!(await target.evaluate(() => 'axe' in window))) await target.evaluate(AXE_SOURCE);
  // Child frames are scanned on their own by the caller: axe's cross-frame messaging would need its
  // source injected in each of them first.
  const options: RunOptions = { iframes: false, resultTypes: ['violations'] };
  const violations = await target.evaluate(
    async (runOptions) => (await (window as unknown as { axe: typeof Axe }).axe.run(document, runOptions)).violations,
    options,
  );
  return violations.flatMap((violation) =>
    violation.impact === 'serious' || violation.impact === 'critical'
      ? [
          {
            id: violation.id,
            impact: violation.impact,
            help: violation.help,
            helpUrl: violation.helpUrl,
            nodes: violation.nodes.map((node) => ({
              target: node.target.flat().join(' >>> '), // `>>>` crosses into a shadow root
              html: node.html.length > 160 ? `${node.html.slice(0, 159)}…` : node.html,
              fix: node.failureSummary ?? '',
            })),
          },
        ]
      : [],
  );
}

/** The violations as lines a person can act on: rule, impact, what it asks, then each element and its fix. */
export function describeViolations(violations: SeriousViolation[]): string {
  return violations
    .map((violation) =>
      [
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.helpUrl}`,
        ...violation.nodes.map(
          (node) => `  ${node.target}\n    ${node.html}\n    ${node.fix.replaceAll('\n', '\n    ')}`,
        ),
      ].join('\n'),
    )
    .join('\n');
}
