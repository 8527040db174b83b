/**
 * index.html's two inline scripts, each allowed by its hash in the page's CSP (vite.config.ts).
 *
 * The first, in the head, runs before the loading shell paints: it puts the colour theme on the html element as
 * startColorThemeSync will (src/state/colorTheme.ts), so the shell, laid out by the theme's type
 * sizes, paints as the app will; and it hides the shell's map where the address asks for another
 * view (a year, a zoom, a country: the shell shows the default), so the early outlines never show
 * a map that the app then changes. And it starts the app's scripts once the shell is on screen
 * (afterFirstPaint.ts): it puts the template's script and modulepreload links into the head when
 * the first contentful paint is reported, at once in a tab that is not visible (which does not
 * paint), and after a few seconds whatever happens.
 */
import { createHash } from 'node:crypto';
import { AFTER_FIRST_PAINT_ID } from './afterFirstPaint.ts';
import { COLOR_THEME_STORAGE_KEY, COLOR_THEMES } from '../../src/state/colorTheme.ts';

/** On the html element while the shell's map is not the one the address asks for (see map.css). */
export const EARLY_MAP_OFF_CLASS = 'early-map-off';

/** When the app's scripts start without a paint reported (a browser without paint timing). */
const START_ANYWAY_MS = 3000;

const START_AFTER_FIRST_PAINT = `const d=document;let s=0;const go=()=>{if(s)return;s=1;const t=d.getElementById(${JSON.stringify(AFTER_FIRST_PAINT_ID)});if(t)d.head.append(d.importNode(t.content,!0))};if(d.visibilityState!=="visible")d.addEventListener("DOMContentLoaded",go);try{new PerformanceObserver((l,o)=>{if(l.getEntriesByName("first-contentful-paint").length>0){o.disconnect();go()}}).observe({type:"paint",buffered:!0})}catch{d.addEventListener("DOMContentLoaded",go)}setTimeout(go,${START_ANYWAY_MS});`;

export const EARLY_SHELL_SCRIPT = `(()=>{${START_AFTER_FIRST_PAINT}const r=document.documentElement;let t=null;try{t=localStorage.getItem(${JSON.stringify(COLOR_THEME_STORAGE_KEY)})}catch{}r.dataset.theme=${JSON.stringify(COLOR_THEMES)}.includes(t)?t:matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light";if(location.search.length>1)r.classList.add(${JSON.stringify(EARLY_MAP_OFF_CLASS)})})()`;

/** The script's CSP source expression, 'sha256-…'. */
export const EARLY_SHELL_SCRIPT_HASH = cspHash(EARLY_SHELL_SCRIPT);

/** The shell's theme picker (src/components/ThemePicker.tsx), as rendered at build time. */
export const SHELL_THEME_PICKER_SELECTOR = '.early-shell .theme-picker select';

/**
 * The second, at the end of the shell and before the first paint it holds back: the shell was
 * rendered at build time with the default theme chosen, so its picker would say "Light" to a
 * visitor in dark or projector mode until the app starts; it shows the theme the first script put
 * on the html element instead.
 */
export const SHELL_THEME_PICKER_SCRIPT = `(()=>{const p=document.querySelector(${JSON.stringify(SHELL_THEME_PICKER_SELECTOR)});const t=document.documentElement.dataset.theme;if(p&&t)p.value=t})()`;

export const SHELL_THEME_PICKER_SCRIPT_HASH = cspHash(SHELL_THEME_PICKER_SCRIPT);

function cspHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
}
