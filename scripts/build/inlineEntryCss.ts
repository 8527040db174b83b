/**
 * The entry's stylesheet goes into index.html as a <style> element, instead of a <link> that the
 * first paint waits for: on a slow connection (Lighthouse's mobile preset: 150 ms round trips) the
 * extra request held the loading shell's first paint, the page's largest contentful paint, back by
 * a round trip or more. It is small (about 5 KB gzip) and the CSP allows inline styles
 * (style-src 'unsafe-inline'). Build only; the stylesheets of lazily loaded views stay files.
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
    return `<style>${css}</style>`;
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
