/**
 * The article a page describes in JSON-LD (<script type="application/ld+json">): news sites put it
 * at the top level, in an array, or inside an "@graph" next to the WebPage, the Organization and the
 * Person nodes, which the article then names only by "@id".
 */
import { JSON_LD_ARTICLE_TYPES } from './metadataSources';

type JsonObject = Record<string, unknown>;

export interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  publisher?: string;
  author?: string;
  url?: string;
  inLanguage?: string;
}

const ARTICLE_TYPES = new Set(JSON_LD_ARTICLE_TYPES.map((t) => t.toLowerCase()));
/** Graphs deeper than this are not how news sites write JSON-LD; the limit keeps hostile input cheap. */
const MAX_DEPTH = 4;

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** "NewsArticle", "schema:NewsArticle" and "https://schema.org/NewsArticle" are one type. */
function typesOf(node: JsonObject): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((t): t is string => typeof t === 'string').map((t) => (t.split(/[/:#]/).pop() ?? t).toLowerCase());
}

/** Every object in a parsed block: the block itself, array items, "@graph" members and a WebPage's "mainEntity". */
function collectNodes(value: unknown, into: JsonObject[], depth = 0): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, into, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  into.push(value);
  collectNodes(value['@graph'], into, depth + 1);
  collectNodes(value.mainEntity, into, depth + 1);
}

/** Blocks are sometimes wrapped in an HTML comment or CDATA for old browsers. */
function parseBlock(text: string): unknown {
  const cleaned = text.trim().replace(/^(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>$|^<!--|-->$/g, '').trim();
  try {
    return JSON.parse(cleaned) as unknown;
  } catch {
    return undefined;
  }
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Some sites HTML-escape the strings in their JSON-LD ("Xi&#8217;s visit"), which a browser would show as the character. */
function unescapeHtml(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]+));/gi, (entity, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
    const code = decimal === undefined ? parseInt(hex ?? '', 16) : Number(decimal);
    const isCharacter = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return isCharacter ? String.fromCodePoint(code) : entity;
  });
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? unescapeHtml(value.trim()) : undefined);

/** A name from a string, an object with "name", an "@id" reference to another node, or an array of these. */
function namesOf(value: unknown, byId: ReadonlyMap<string, JsonObject>, seen = 0): string[] {
  if (seen > MAX_DEPTH) return [];
  if (Array.isArray(value)) return value.flatMap((item) => namesOf(item, byId, seen + 1));
  const direct = text(value);
  if (direct !== undefined) return [direct];
  if (!isObject(value)) return [];
  const name = text(value.name);
  if (name !== undefined) return [name];
  const ref = text(value['@id']);
  const target = ref === undefined ? undefined : byId.get(ref);
  return target !== undefined && target !== value ? namesOf(target, byId, seen + 1) : [];
}

function urlOf(node: JsonObject): string | undefined {
  const main = node.mainEntityOfPage;
  return text(node.url) ?? text(main) ?? (isObject(main) ? (text(main['@id']) ?? text(main.url)) : undefined);
}

/** The first article node in the page's JSON-LD blocks, with its fields as text; undefined when there is none. */
export function jsonLdArticle(blocks: readonly string[]): JsonLdArticle | undefined {
  const nodes: JsonObject[] = [];
  for (const block of blocks) collectNodes(parseBlock(block), nodes);
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) {
    const id = text(node['@id']);
    if (id !== undefined && !byId.has(id)) byId.set(id, node);
  }
  const article = nodes.find((node) => typesOf(node).some((t) => ARTICLE_TYPES.has(t)));
  if (article === undefined) return undefined;
  const authors = [...new Set(namesOf(article.author, byId))];
  const language = article.inLanguage;
  return {
    headline: text(article.headline) ?? text(article.name),
    datePublished: text(article.datePublished) ?? text(article.dateCreated),
    publisher: namesOf(article.publisher, byId)[0],
    author: authors.length === 0 ? undefined : authors.join(', '),
    url: urlOf(article),
    inLanguage: text(language) ?? (isObject(language) ? (text(language.alternateName) ?? text(language.name)) : undefined),
  };
}
