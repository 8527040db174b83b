import { describe, expect, it } from 'vitest';
import { inlineStylesheets } from './inlineEntryCss';

const FILES: Record<string, string> = { 'assets/index-abc.css': '.app{color:red}', 'assets/odd.css': 'a{content:"</style>"}' };
const cssOf = (name: string) => FILES[name];

describe('inlineStylesheets', () => {
  it('puts a known stylesheet in the page, whatever the attribute order', () => {
    expect(inlineStylesheets('<head><link rel="stylesheet" crossorigin href="./assets/index-abc.css"></head>', cssOf)).toBe(
      '<head><style>.app{color:red}</style><link rel="stylesheet" href="./assets/index-abc.css" disabled></head>',
    );
    expect(inlineStylesheets('<link href="/assets/index-abc.css" rel="stylesheet">', cssOf)).toBe('<style>.app{color:red}</style><link rel="stylesheet" href="/assets/index-abc.css" disabled>');
  });

  it('leaves preloads, unknown files and CSS that would close the element early as links', () => {
    const html = '<link rel="preload" as="style" href="./assets/index-abc.css"><link rel="stylesheet" href="./assets/other.css"><link rel="stylesheet" href="./assets/odd.css">';
    expect(inlineStylesheets(html, cssOf)).toBe(html);
  });
});
