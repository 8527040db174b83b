/**
 * Where a news page states its metadata, as data: the schema.org types that mark an article, and
 * for each field the <meta> tags to read, most trusted first. JSON-LD comes before all of them and
 * <time datetime> and the URL after (see pageMetadata.ts). Names are compared case-insensitively.
 */

export type MetadataField = 'title' | 'outlet' | 'published' | 'url' | 'author' | 'language';

/** schema.org types (and their news subtypes) whose JSON-LD node describes the article itself. */
export const JSON_LD_ARTICLE_TYPES = [
  'NewsArticle',
  'Article',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'BlogPosting',
  'LiveBlogPosting',
  'Report',
  'ScholarlyArticle',
];

export interface MetaTag {
  /** The attribute that names the tag: OpenGraph uses property, most others name, some itemprop. */
  attribute: 'property' | 'name' | 'itemprop' | 'http-equiv';
  name: string;
}

const property = (name: string): MetaTag => ({ attribute: 'property', name });
const named = (name: string): MetaTag => ({ attribute: 'name', name });

export const META_TAGS: Readonly<Record<MetadataField, readonly MetaTag[]>> = {
  title: [property('og:title'), named('twitter:title'), named('dc.title'), named('parsely-title')],
  outlet: [property('og:site_name'), named('application-name'), named('publisher'), named('dc.publisher')],
  published: [
    property('article:published_time'),
    property('og:published_time'),
    { attribute: 'itemprop', name: 'datePublished' },
    named('pubdate'),
    named('publishdate'),
    named('publish-date'),
    named('parsely-pub-date'),
    named('sailthru.date'),
    named('dc.date.issued'),
    named('dcterms.issued'),
    named('dc.date'),
    named('date'),
  ],
  // <link rel="canonical"> follows og:url, as the issue orders them; see pageMetadata.ts.
  url: [property('og:url'), named('twitter:url')],
  author: [named('author'), property('article:author'), named('parsely-author'), named('sailthru.author'), named('dc.creator')],
  language: [property('og:locale'), { attribute: 'http-equiv', name: 'content-language' }, named('language'), named('dc.language')],
};

/**
 * Page furniture taken out before Readability looks for the article: consent banners and dialogs
 * sit outside the article but are often text-heavy enough to be mistaken for it, or kept beside it.
 */
export const PAGE_FURNITURE_SELECTORS = [
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'dialog',
  'nav',
  '[role="dialog"]',
  '[role="alertdialog"]',
  '[role="navigation"]',
  '[aria-modal="true"]',
  '[id*="cookie" i]',
  '[class*="cookie" i]',
  '[id*="consent" i]',
  '[class*="consent" i]',
  '[class*="newsletter" i]',
  '#comments',
  '.comments',
  '#disqus_thread',
];
