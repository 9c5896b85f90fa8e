import { existsSync } from 'node:fs';

/**
 * The browser executable to drive: the one the environment variable `variable` names, else the first
 * of `candidates` that exists. Throws when the variable names nothing, and `installHint` when none
 * is installed.
 */
export function findBrowser(variable: string, candidates: readonly string[], installHint: string): string {
  const chosen = process.env[variable];
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`${variable} points at ${chosen}, which does not exist.`);
    return chosen;
  }
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(installHint);
  return found;
}
