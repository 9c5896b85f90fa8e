import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveArticle } from '@/utils/library/article-store';
import { articleIdFor } from '@/utils/library/article-id';
import { createBackup, parseBackup } from '@/utils/library/backup';
import { libraryFiles } from '@/utils/library/library-files';
import { DEFAULT_SETTINGS } from '@/utils/settings/reader-settings';
import { mergeRuleSets } from '@/utils/site-rules/merge-rule-sets';
import { changeSite, importRuleSet, loadRuleSet, withRemoval } from '@/utils/site-rules/rules-store';
import type { RuleTarget, SiteRuleSet } from '@/utils/site-rules/site-rules';
import { freshLibrary, sampleArticle } from '../support/library';

const tides: RuleTarget = { selector: 'div.tide-times', kind: 'box', sample: 'Tides at Quay Street this week' };
const promo: RuleTarget = { selector: 'aside.promo', kind: 'box', sample: 'Subscribe to the Post' };
const body: RuleTarget = { selector: 'div.story__body', kind: 'box', sample: 'The night ferry' };
const RULES: SiteRuleSet = { 'harbourpost.example': { removals: [tides], content: body } };

/** A backup of a library of one article, with `siteRules` as a file holds them. */
async function backupWith(siteRules: unknown): Promise<string> {
  const db = freshLibrary();
  await saveArticle(db, articleIdFor(sampleArticle), sampleArticle);
  const { backup } = await createBackup(db, DEFAULT_SETTINGS);
  return JSON.stringify(siteRules === undefined ? backup : { ...backup, siteRules });
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('site rules in the JSON backup', () => {
  it('reads them back as they were written', async () => {
    const parsed = parseBackup(await backupWith(RULES));
    expect(parsed.ok && parsed.backup.siteRules).toEqual(RULES);
  });

  it('reads a backup made before there were rules as one with none', async () => {
    const parsed = parseBackup(await backupWith(undefined));
    expect(parsed.ok && parsed.backup.siteRules).toEqual({});
  });

  it.each([
    [
      'a selector that is not plain',
      { 'harbourpost.example': { removals: [{ ...tides, selector: 'p:has(a)' }], content: null } },
    ],
    ['a site that is no host name', { 'javascript:alert(1)': RULES['harbourpost.example'] }],
    ['rules that are not a list', { 'harbourpost.example': { removals: 'all', content: null } }],
    ['no rules at all but a string', 'div.ad'],
  ])('refuses, with one sentence, a file with %s', async (_what, siteRules) => {
    expect(parseBackup(await backupWith(siteRules))).toEqual({
      ok: false,
      message: 'This backup is damaged: one of its site rules can’t be read. Nothing was imported.',
    });
  });

  it('is written by "Back up (JSON)" and merged by "Import backup…"', async () => {
    await changeSite('harbourpost.example', (rules) => withRemoval(rules, promo));
    let downloaded: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      downloaded = blob as Blob;
      return 'blob:backup';
    });
    // The download is a link clicked in the popup's document: here, one that only records the file.
    const doc = { createElement: () => ({ click() {} }) } as unknown as Document;
    const files = libraryFiles(
      freshLibrary(),
      { load: async () => DEFAULT_SETTINGS, save: async () => {} },
      { load: loadRuleSet, merge: importRuleSet },
      doc,
    );
    await files.backup();
    expect(JSON.parse(await downloaded!.text())).toMatchObject({
      siteRules: { 'harbourpost.example': { removals: [promo], content: null } },
    });

    const outcome = await files.importBackup(new File([await backupWith(RULES)], 'backup.json'));
    expect(outcome.ok).toBe(true);
    expect(await loadRuleSet()).toEqual({ 'harbourpost.example': { removals: [promo, tides], content: body } });
  });
});

describe('merging imported rules', () => {
  it('keeps what the person set here, adds the removals it lacks and a content rule where there is none', () => {
    const here: SiteRuleSet = {
      'harbourpost.example': { removals: [tides], content: { ...body, selector: 'main.story' } },
      'other.example': { removals: [promo], content: null },
    };
    const file: SiteRuleSet = {
      'harbourpost.example': { removals: [promo, tides], content: body },
      'third.example': { removals: [], content: body },
    };
    expect(mergeRuleSets(here, file)).toEqual({
      'harbourpost.example': { removals: [tides, promo], content: { ...body, selector: 'main.story' } },
      'other.example': { removals: [promo], content: null },
      'third.example': { removals: [], content: body },
    });
  });

  it('changes nothing when the same rules are imported twice', () => {
    expect(mergeRuleSets(mergeRuleSets({}, RULES), RULES)).toEqual(RULES);
  });
});
