import { normalizeSpace } from './normalize-space';

/** A form of a headline for comparing two sources: case, curly quotes and spacing do not count. Never fails. */
export function titleKey(title: string): string {
  return normalizeSpace(title)
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[\s.:!?…]+$/, '');
}
