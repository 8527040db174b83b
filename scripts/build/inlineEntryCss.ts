/**
 * The entry's stylesheet goes into index.html as a <style> element, instead of a <link> that the
 * first paint waits for: on a slow connection (Lighthouse's mobile preset: 150 ms round trips) the
 * extra request held the loading shell's first paint, the page's largest contentful paint, back by
 * a round trip or more. It is small (about 5 KB gzip) and the CSP allows inline styles
 * (style-src 'unsafe-inline'). Build only; the stylesheets of lazily loaded views stay files. Each
 * inlined sheet keeps a disabled link of its address beside it (see below).
 */
import type { Plugin } from 'vite';

interface AssetLike {
  type: 'asset';
  fileName: string;
  source: string | Uint8Array;
}

/** Replaces each `<link rel="stylesheet" … href="./NAME">` whose file `cssOf` knows with the file's text in a <style>. */
export function inlineStylesheets(html: string, cssOf: (fileName: string) => string | undefined): string {
  return html.replace(/<link\b[^>]*\brel="stylesheet"[^>]*>/g, (tag) => {
    const href = /\bhref="(?:\.?\/)?([^"]+)"/.exec(tag)?.[1];
    const css = href === undefined ? undefined : cssOf(href);
    // "</style" inside the CSS would end the element early; minified CSS has none, but never risk it.
    if (css === undefined || /<\/style/i.test(css)) return tag;
    // The disabled link is never fetched; it tells Vite's preload helper that the sheet is on the
    // page, so a lazy chunk that imports it (the map view's) does not load it again: a second copy
    // of the map's 16 KB of rules made the browser restyle the whole page, a task of 15-20 ms.
    const address = /\bhref="([^"]+)"/.exec(tag)?.[1] ?? '';
    return `<style>${css}</style><link rel="stylesheet" href="${address}" disabled>`;
  });
}

export function inlineEntryCss(): Plugin {
  return {
    name: 'sco-atlas-inline-entry-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) =>
        inlineStylesheets(html, (fileName) => {
          const asset = context.bundle?.[fileName] as AssetLike | { type: 'chunk' } | undefined;
          if (asset?.type !== 'asset') return undefined;
          return typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
        }),
    },
  };
}
