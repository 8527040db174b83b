/**
 * The article's own text, as plain paragraphs: page furniture (consent banners, dialogs, navigation,
 * scripts) is removed, Readability finds the article among what is left, and its DOM is walked
 * into text. Nothing of the markup survives: elements become paragraph breaks, attributes (event
 * handlers, javascript: links) are never read, and the text is the text the page shows.
 */
import { Readability } from '@mozilla/readability';
import { PAGE_FURNITURE_SELECTORS } from './metadataSources';

/** Elements that end a paragraph; everything else (a, em, span, …) is inline and joins the text around it. */
const BLOCK_ELEMENTS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
/** Elements whose text is not article text, should any survive Readability. */
const SKIPPED_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'SELECT', 'TEXTAREA', 'OPTION', 'SVG', 'MATH', 'IFRAME', 'OBJECT']);

/** About MIN_ARTICLE_WORDS words of text. */
const READABILITY_MIN_CHARS = 150;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

function removeFurniture(document: Document): void {
  for (const selector of PAGE_FURNITURE_SELECTORS) {
    for (const element of document.querySelectorAll(selector)) {
      // The root and body hold the article; a site that puts "cookie" in the body's class keeps its text.
      if (element !== document.documentElement && element !== document.body) element.remove();
    }
  }
}

/** The text of a DOM subtree as paragraphs, whitespace collapsed the way a browser shows it. */
export function paragraphsOf(root: Node): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text !== '') paragraphs.push(text);
    current = '';
  };
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === TEXT_NODE) current += child.textContent ?? '';
      if (child.nodeType !== ELEMENT_NODE) continue;
      const name = (child as Element).tagName.toUpperCase();
      if (SKIPPED_ELEMENTS.has(name)) continue;
      if (!BLOCK_ELEMENTS.has(name)) {
        walk(child);
        continue;
      }
      flush();
      walk(child);
      flush();
    }
  };
  walk(root);
  flush();
  return paragraphs;
}

/**
 * Readability's article as paragraphs, or [] when it finds none. Changes the document: read the
 * metadata first.
 */
export function readableParagraphs(document: Document): string[] {
  removeFurniture(document);
  // Our metadata reader has read JSON-LD already, in our order of trust; Readability need not.
  // Below its charThreshold (500 characters) Readability tries again without dropping comment and
  // sidebar blocks, and a short article loses to a long comment thread; our own word minimum judges length.
  const article = new Readability<Node>(document, { serializer: (node) => node, disableJSONLD: true, charThreshold: READABILITY_MIN_CHARS }).parse();
  return article?.content == null ? [] : paragraphsOf(article.content);
}
