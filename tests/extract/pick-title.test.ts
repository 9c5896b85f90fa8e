import { describe, expect, it } from 'vitest';
import { pickTitle, type TitleSources } from '@/utils/extract/pick-title';

const none: TitleSources = {
  candidates: [],
  headings: [],
  headline: null,
  readabilityTitle: null,
  documentTitle: '',
  siteNames: [],
};

describe('pickTitle', () => {
  it.each<[string, Partial<TitleSources>, string]>([
    [
      'the declared headline a heading agrees with',
      { candidates: ['Short', 'The long headline'], headings: ['The long headline'] },
      'The long headline',
    ],
    ['agreement ignores case and curly quotes', { candidates: ["It's here"], headings: ['It’s Here'] }, "It's here"],
    [
      'the first declared headline when no heading agrees',
      { candidates: ['Declared', 'Other'], headings: ['Menu'] },
      'Declared',
    ],
    [
      '"Title | Site" loses the site',
      { candidates: ['A headline | The Courier'], siteNames: ['The Courier'] },
      'A headline',
    ],
    [
      '"Title - Site" loses the site',
      { candidates: ['A headline - The Courier'], siteNames: ['the courier'] },
      'A headline',
    ],
    [
      '"Site: Title" loses the site',
      { candidates: ['The Courier: A headline'], siteNames: ['The Courier'] },
      'A headline',
    ],
    [
      'a title that is only the site name stays',
      { candidates: ['The Courier'], siteNames: ['The Courier'] },
      'The Courier',
    ],
    [
      'a hyphen inside the title stays',
      { candidates: ['Mid-size cities - The Courier'], siteNames: ['The Courier'] },
      'Mid-size cities',
    ],
    [
      'the site spelled as its host name',
      { candidates: ['Ferry fares rise | OS-Ledger'], siteNames: ['news.os-ledger.example'] },
      'Ferry fares rise',
    ],
    [
      'the site named with its legal form',
      { candidates: ["Slip and fall claims | O'Hara Lowe PLLC"], siteNames: ['oharalowe.example'] },
      'Slip and fall claims',
    ],
    [
      'the site named in words of its host name',
      { candidates: ['What readers love — Harbor Blog'], siteNames: ['blog.harbor-lang.example'] },
      'What readers love',
    ],
    [
      'a site named twice over loses both',
      { candidates: ['Tide tables | Coastal Desk | The Courier'], siteNames: ['Coastal Desk', 'The Courier'] },
      'Tide tables',
    ],
    [
      'the part of the headline a heading shows, before a separator',
      { candidates: ['Nine money tips | by Ana Ruiz | Finance | Ledger Bank'], headings: ['Nine money tips'] },
      'Nine money tips',
    ],
    [
      'the part of the headline a heading shows, after a separator',
      { candidates: ['Workshop Notes: Restoring a lathe'], headings: ['Restoring a lathe'] },
      'Restoring a lathe',
    ],
    [
      'not a heading that is the site name',
      { candidates: ['The Southerner: Skincare basics'], headings: ['The Southerner'], siteNames: ['The Southerner'] },
      'Skincare basics',
    ],
    [
      'the part of the document title a heading shows, however short',
      { documentTitle: 'Climate | Research Service', headings: ['Climate'] },
      'Climate',
    ],
    [
      'the heading the document title contains',
      {
        headings: ['Tinkerers’ Bench', 'Restoring a 1974 reel-to-reel'],
        documentTitle: "Restoring a 1974 reel-to-reel - Tinkerers' Bench",
        siteNames: ["Tinkerers' Bench"],
      },
      'Restoring a 1974 reel-to-reel',
    ],
    [
      "Readability's guess without the site",
      { readabilityTitle: 'Guess · Site', documentTitle: 'Doc', siteNames: ['Site'] },
      'Guess',
    ],
    [
      'the one h1 where it words the declared headline its own way',
      {
        candidates: ['Best camping hammocks of 2026, tested and reviewed'],
        headings: ['Best camping hammocks of 2026', 'How we test'],
        headline: 'Best camping hammocks of 2026',
      },
      'Best camping hammocks of 2026',
    ],
    [
      'the one h1 over the document title it rewords',
      {
        documentTitle: 'Hammocks for campers: the 2026 tests | Trail Desk',
        headline: 'The 2026 hammock tests for campers',
        siteNames: ['Trail Desk'],
      },
      'The 2026 hammock tests for campers',
    ],
    [
      'not an h1 that names something else',
      { candidates: ['Nine money tips for the new year'], headline: 'Money matters' },
      'Nine money tips for the new year',
    ],
    [
      'not an h1 in capitals throughout, a styled label',
      {
        candidates: ['Best drip coffee makers of 2026: tips from baristas'],
        headline: 'BEST DRIP COFFEE MAKERS OF 2026',
      },
      'Best drip coffee makers of 2026: tips from baristas',
    ],
    [
      'not an h1 that is the site name',
      { candidates: ['Tables by Harbor Tide'], headline: 'Harbor Tide', siteNames: ['Harbor Tide'] },
      'Tables by Harbor Tide',
    ],
    ['the document title as a last resort', { documentTitle: 'Only this | Site', siteNames: ['Site'] }, 'Only this'],
    ['nothing at all', {}, ''],
  ])('%s', (_, sources, expected) => {
    expect(pickTitle({ ...none, ...sources })).toBe(expected);
  });
});
