// The pages `npm run score` can score, each with its truth, read from the three corpora on disk.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { plainText } from '../../utils/extract/plain-text';
import { OWN_PAGES_DIR, pageFolders, READABILITY_PAGES_DIR, READABILITY_PAGES_URL, SHARED_PAGES_DIR } from '../corpus';
import { parseHtml } from '../parse-html';
import { domainOf, halfOf } from './domain-split';
import type { ScorePage, Truth } from './page';

/** WCXB's development split (see its README.md), beside the project like the other shared corpora. */
export const WCXB_DIR = fileURLToPath(new URL('../../../shared/wcxb-dev/', import.meta.url));

/** Where a WCXB page without a usable URL (two in the dev split) is parsed, and the domain it is split by. */
const NO_URL = 'https://unknown.invalid/';

const NO_TRUTH: Truth = {
  text: null,
  with: [],
  without: [],
  title: null,
  author: null,
  date: null,
  readerable: null,
};

interface WcxbFile {
  url?: string;
  _internal?: { page_type?: { primary?: string } };
  ground_truth: {
    main_content?: string | null;
    with?: string[] | null;
    without?: string[] | null;
    title?: string | null;
    author?: string | null;
    publish_date?: string | null;
  };
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** WCXB's page type; its older name `category` is what it now calls `collection`. */
function wcxbType(file: WcxbFile): string {
  // oxlint-disable-next-line no-underscore-dangle -- WCXB's own field name
  const type = file._internal?.page_type?.primary ?? 'article';
  return type === 'category' ? 'collection' : type;
}

/** WCXB's pages, sorted by ID, split by domain into the tune and check halves; [] when it is missing. */
export function wcxbPages(dir = WCXB_DIR): ScorePage[] {
  const truthDir = `${dir}dev/ground-truth/`;
  if (!existsSync(truthDir)) return [];
  const ids = readdirSync(truthDir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .toSorted();
  return ids.map((id) => {
    const file = readJson<WcxbFile>(`${truthDir}${id}.json`);
    const truth = file.ground_truth;
    const url = file.url && domainOf(file.url) !== null ? file.url : NO_URL;
    const domain = domainOf(url)!;
    return {
      id,
      corpus: 'wcxb',
      type: wcxbType(file),
      half: halfOf(domain),
      domain,
      file: `${dir}dev/html/${id}.html.gz`,
      url,
      truth: {
        ...NO_TRUTH,
        // evaluate.py reads a missing main content as an empty one.
        text: truth.main_content ?? '',
        with: truth.with ?? [],
        without: truth.without ?? [],
        title: truth.title ?? null,
        author: truth.author ?? null,
        date: truth.publish_date ?? null,
      },
    };
  });
}

interface ReadabilityMetadata {
  title?: string | null;
  byline?: string | null;
  publishedTime?: string | null;
  readerable: boolean;
}

const verdictType = (readerable: boolean) => (readerable ? 'article' : 'not-article');

/** The text of an HTML file as our pipeline reads text: plainText, one line per block. */
function textOfHtml(file: string): string {
  const doc = parseHtml(readFileSync(file, 'utf8'), READABILITY_PAGES_URL);
  const text = plainText(doc.body);
  doc.defaultView?.close();
  return text;
}

/** Readability's test pages: its own output (expected.html) stands in for the main content. */
export function readabilityPages(dir = READABILITY_PAGES_DIR): ScorePage[] {
  return pageFolders(dir).map((folder) => {
    const expected = readJson<ReadabilityMetadata>(`${dir}${folder}/expected-metadata.json`);
    return {
      id: `readability/${folder}`,
      corpus: 'readability',
      type: verdictType(expected.readerable),
      half: null,
      domain: null,
      file: `${dir}${folder}/source.html`,
      url: READABILITY_PAGES_URL,
      truth: {
        ...NO_TRUTH,
        text: textOfHtml(`${dir}${folder}/expected.html`),
        title: expected.title ?? null,
        author: expected.byline ?? null,
        date: expected.publishedTime ?? null,
        readerable: expected.readerable,
      },
    };
  });
}

interface OwnExpected {
  url: string;
  title?: string;
  byline?: string;
  publishedTime?: string;
  readerable: boolean;
  mustInclude?: string[];
  mustExclude?: string[];
}

/** The pages written for this product: their verdict, and mustInclude / mustExclude as snippets. */
export function ownPages(): ScorePage[] {
  const folders = [
    ...pageFolders(SHARED_PAGES_DIR).map((folder) => ({ id: `shared/${folder}`, dir: `${SHARED_PAGES_DIR}${folder}` })),
    ...pageFolders(OWN_PAGES_DIR).map((folder) => ({ id: `tests/${folder}`, dir: `${OWN_PAGES_DIR}${folder}` })),
  ];
  return folders.map(({ id, dir }) => {
    const expected = readJson<OwnExpected>(`${dir}/expected.json`);
    return {
      id,
      corpus: 'own',
      type: verdictType(expected.readerable),
      half: null,
      domain: null,
      file: `${dir}/source.html`,
      url: expected.url,
      truth: {
        ...NO_TRUTH,
        with: expected.mustInclude ?? [],
        without: expected.mustExclude ?? [],
        title: expected.title ?? null,
        author: expected.byline ?? null,
        date: expected.publishedTime ?? null,
        readerable: expected.readerable,
      },
    };
  });
}
