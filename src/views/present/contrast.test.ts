/**
 * The presentation stage draws with the theme tokens of app.css. In every theme, and above all in
 * the projector theme it switches to, each pair it uses must pass WCAG AA for normal text (4.5:1).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast';

const css = readFileSync(resolve(import.meta.dirname, '../../styles/app.css'), 'utf8');

function tokens(selector: string): Map<string, string> {
  const start = css.indexOf(`${selector} {`);
  const block = css.slice(start, css.indexOf('}', start));
  return new Map([...block.matchAll(/(--[\w-]+):\s*(#[0-9a-fA-F]{3,6})\s*;/g)].map((m) => [m[1] ?? '', m[2] ?? '']));
}

const base = tokens(':root');
const themes = {
  light: base,
  dark: new Map([...base, ...tokens(":root[data-theme='dark']")]),
  projector: new Map([...base, ...tokens(":root[data-theme='projector']")]),
};

/** [text, background] pairs the stage, the toolbar and the dialogs use. */
const PAIRS: [string, string][] = [
  ['--color-text', '--color-surface'],
  ['--color-text-muted', '--color-surface'],
  ['--color-accent', '--color-surface'],
  ['--color-danger', '--color-surface'],
  ['--color-text', '--color-surface-muted'],
  ['--color-surface', '--color-accent'],
];

describe('contrast of the presentation’s colours', () => {
  it('computes the WCAG ratio', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777', '#777')).toBeCloseTo(1, 5);
  });

  it.each(Object.entries(themes))('passes AA for normal text in the %s theme', (_, theme) => {
    for (const [fg, bg] of PAIRS) {
      const a = theme.get(fg);
      const b = theme.get(bg);
      expect(a, fg).toBeDefined();
      expect(b, bg).toBeDefined();
      expect(contrastRatio(a ?? '', b ?? ''), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
