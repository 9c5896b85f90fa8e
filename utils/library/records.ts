import type { Article } from '../extract/article';

/** A saved article as the library lists it: metadata only, never the text. */
export interface SavedArticle extends Omit<Article, 'html' | 'text'> {
  id: string;
  /** Milliseconds since the epoch. */
  savedAt: number;
  updatedAt: number;
}

/** What the reader shows of a saved article, kept apart so listing the library never loads it. */
export interface ArticleSnapshot {
  id: string;
  html: string;
  text: string;
}

export function savedArticleFrom(id: string, article: Article, now: number): SavedArticle {
  const { html: _html, text: _text, ...metadata } = article;
  return { ...metadata, id, savedAt: now, updatedAt: now };
}
