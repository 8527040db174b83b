/** The fixture web pages in tests/fixtures/pages (written for these tests; see the README there), and pages made to size. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PAGES_DIR = 'tests/fixtures/pages';

export const pageBytes = (name: string): Uint8Array => readFileSync(join(PAGES_DIR, name));

/** The url-date fixture names no address of its own: its date is in the address it is served from. */
export const URL_DATE_PATH = '/2022/09/16/samarkand-summit-more-than-security';

/**
 * A page of about `bytes` bytes, as the heaviest news pages are: an article in the middle of
 * thousands of related links, comments and inline script.
 */
export function hugePage(bytes: number): string {
  const link = (i: number) => `<li><a href="/story/${i}">Related story number ${i} about regional trade and security</a></li>\n`;
  const article = [
    '<article><h1>SCO ministers meet in Astana</h1>',
    '<p>ASTANA – Foreign ministers of the Shanghai Cooperation Organisation met in Astana to prepare the summit of the heads of state, and discussed trade, transport and security in Central Asia.</p>',
    '<p>“The summit will decide on the development bank,” said Timur Bekov, an economist at the Eurasian Research Institute in Astana.</p>',
    '</article>',
  ].join('\n');
  const head = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>SCO ministers meet in Astana</title><meta property="article:published_time" content="2024-05-21"><script>var state = "${'x'.repeat(200_000)}";</script></head><body><nav><ul>`;
  const parts = [head];
  let size = head.length + article.length;
  let i = 0;
  while (size < bytes / 2) {
    const next = link(i++);
    parts.push(next);
    size += next.length;
  }
  parts.push('</ul></nav>', article, '<section class="comments">');
  while (size < bytes) {
    const next = `<div class="comment"><p>Comment ${i++}: the ministers should talk about water and railways first.</p></div>\n`;
    parts.push(next);
    size += next.length;
  }
  parts.push('</section></body></html>');
  return parts.join('');
}
