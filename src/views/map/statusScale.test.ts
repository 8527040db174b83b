import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATUS_KINDS } from '../../model/schema';
import { classColour, classColourVariable, classLabel, classPlural, MAP_CLASSES, mapClassOf } from './statusScale';

const appCss = readFileSync(resolve(import.meta.dirname, '../../styles/app.css'), 'utf8');

/** The hex value of a variable in a theme: the theme's own block, else the :root defaults. */
function cssHex(variable: string, theme: string | null): string {
  const block = (selector: string) => {
    const start = appCss.indexOf(`${selector} {`);
    if (start < 0) throw new Error(`app.css has no ${selector} block`);
    return appCss.slice(start).split('}')[0] ?? '';
  };
  const find = (css: string) => new RegExp(`${variable}:\\s*(#[0-9a-fA-F]{6})`).exec(css)?.[1];
  const hex = (theme !== null ? find(block(`:root[data-theme='${theme}']`)) : undefined) ?? find(block(':root'));
  if (hex === undefined) throw new Error(`app.css defines no hex colour for ${variable}`);
  return hex;
}

type Rgb = [number, number, number];

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const hexToLinear = (hex: string): Rgb => [1, 3, 5].map((i) => toLinear(parseInt(hex.slice(i, i + 2), 16) / 255)) as Rgb;

/** Machado, Oliveira & Fernandes (2009), severity 1.0, applied in linear RGB. */
const DICHROMACY: Record<string, number[][]> = {
  none: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

function simulate(rgb: Rgb, matrix: number[][]): Rgb {
  return matrix.map((row) => Math.min(1, Math.max(0, (row[0] ?? 0) * rgb[0] + (row[1] ?? 0) * rgb[1] + (row[2] ?? 0) * rgb[2]))) as Rgb;
}

function toLab([r, g, b]: Rgb): Rgb {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

const deltaE = (a: Rgb, b: Rgb) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

describe('the status colour scale', () => {
  it('has a class, a label and a colour variable for every status and for "no status"', () => {
    expect(MAP_CLASSES).toEqual(['member', 'partner', 'observer', 'dialogue-partner', 'applicant', 'none']);
    for (const status of STATUS_KINDS) expect(mapClassOf(status)).toBe(status);
    expect(mapClassOf(null)).toBe('none');
    expect(new Set(MAP_CLASSES.map(classLabel)).size).toBe(MAP_CLASSES.length);
    expect(classPlural('dialogue-partner', 2)).toBe('dialogue partners');
    expect(classPlural('member', 1)).toBe('member');
    expect(classColour('member')).toBe('var(--status-member)');
  });

  it.each([null, 'dark', 'projector'])('keeps every pair of classes apart for normal, protan, deutan and tritan vision (theme %s)', (theme) => {
    const colours = MAP_CLASSES.map((c) => ({ c, rgb: hexToLinear(cssHex(classColourVariable(c), theme)) }));
    for (const [vision, matrix] of Object.entries(DICHROMACY)) {
      for (let i = 0; i < colours.length; i++) {
        for (let j = i + 1; j < colours.length; j++) {
          const a = colours[i];
          const b = colours[j];
          if (a === undefined || b === undefined) continue;
          const distance = deltaE(toLab(simulate(a.rgb, matrix)), toLab(simulate(b.rgb, matrix)));
          // ΔE76 ≥ 12: clearly different side by side on a map, not just noticeable (≈ 2.3). The palette's closest pair
          // today is partner vs dialogue partner under tritanopia (≈ 16).
          expect(distance, `${a.c} vs ${b.c} under ${vision}, theme ${theme ?? 'light'}`).toBeGreaterThanOrEqual(12);
        }
      }
    }
  });
});
