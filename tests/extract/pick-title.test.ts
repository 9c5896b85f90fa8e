import { describe, expect, it } from 'vitest';
import { pickTitle, type TitleSources } from '@/utils/extract/pick-title';

const none: TitleSources = { candidates: [], headings: [], readabilityTitle: null, documentTitle: '', siteName: null };

describe('pickTitle', () => {
  it.each<[string, Partial<TitleSources>, string]>([
    ['the declared headline a heading agrees with', { candidates: ['Short', 'The long headline'], headings: ['The long headline'] }, 'The long headline'],
    ['agreement ignores case and curly quotes', { candidates: ["It's here"], headings: ['It’s Here'] }, "It's here"],
    ['the first declared headline when no heading agrees', { candidates: ['Declared', 'Other'], headings: ['Menu'] }, 'Declared'],
    ['"Title | Site" loses the site', { candidates: ['A headline | The Courier'], siteName: 'The Courier' }, 'A headline'],
    ['"Title - Site" loses the site', { candidates: ['A headline - The Courier'], siteName: 'the courier' }, 'A headline'],
    ['"Site: Title" loses the site', { candidates: ['The Courier: A headline'], siteName: 'The Courier' }, 'A headline'],
    ['a title that is only the site name stays', { candidates: ['The Courier'], siteName: 'The Courier' }, 'The Courier'],
    ['a hyphen inside the title stays', { candidates: ['Mid-size cities - The Courier'], siteName: 'The Courier' }, 'Mid-size cities'],
    ['the heading the document title contains', { headings: ['Tinkerers’ Bench', 'Restoring a 1974 reel-to-reel'], documentTitle: "Restoring a 1974 reel-to-reel - Tinkerers' Bench", siteName: "Tinkerers' Bench" }, 'Restoring a 1974 reel-to-reel'],
    ["Readability's guess without the site", { readabilityTitle: 'Guess · Site', documentTitle: 'Doc', siteName: 'Site' }, 'Guess'],
    ['the document title as a last resort', { documentTitle: 'Only this | Site', siteName: 'Site' }, 'Only this'],
    ['nothing at all', {}, ''],
  ])('%s', (_, sources, expected) => {
    expect(pickTitle({ ...none, ...sources })).toBe(expected);
  });
});
