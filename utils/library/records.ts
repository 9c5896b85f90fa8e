import type { Article } from '../extract/article';
import type { KeptImageType } from './image-type';

/** A saved article as the library lists it: metadata only, never the text. */
export interface SavedArticle extends Omit<Article, 'html' | 'text'> {
  id: string;
  /** A small number naming the article in the word index, where its address would take far more room. */
  doc: number;
  /** Milliseconds since the epoch. */
  savedAt: number;
  updatedAt: number;
  /** Kept with the article so the list never has to count highlights. */
  highlightCount: number;
  /** How far the reader got, from 0 to 1. */
  progress: number;
  /** When it was deleted: it stays, hidden, until the time to undo has passed. Null while it is in the library. */
  deletedAt: number | null;
}

/** What the reader shows of a saved article, kept apart so listing the library never loads it. */
export interface ArticleSnapshot {
  id: string;
  html: string;
  text: string;
  /** The images kept with it: each `<img src>` of `html` to the hash of its kept copy (see `KeptImage`). */
  images?: Record<string, string>;
}

/**
 * An image kept for offline reading, stored once however many articles show it: its key is the
 * SHA-256 of its bytes, and `articles` lists who uses it, so deleting one article frees it only
 * when no other is left.
 */
export interface KeptImage {
  hash: string;
  blob: Blob;
  type: KeptImageType;
  /** Bytes. */
  size: number;
  /** The ids of the articles that show it. */
  articles: string[];
}

/** One word of the search index and the articles (their `doc` numbers) it occurs in. */
export interface WordPostings {
  word: string;
  docs: number[];
}

export function savedArticleFrom(id: string, doc: number, article: Article, now: number): SavedArticle {
  const { html: _html, text: _text, ...metadata } = article;
  return { ...metadata, id, doc, savedAt: now, updatedAt: now, highlightCount: 0, progress: 0, deletedAt: null };
}
