/**
 * The one inline script in index.html, allowed by its hash in the page's CSP (vite.config.ts). It
 * runs before the loading shell paints: it puts the colour theme on the html element as
 * startColorThemeSync will (src/state/colorTheme.ts), so the shell, laid out by the theme's type
 * sizes, paints as the app will; and it hides the shell's map where the address asks for another
 * view (a year, a zoom, a country: the shell shows the default), so the early outlines never show
 * a map that the app then changes.
 */
import { createHash } from 'node:crypto';
import { COLOR_THEME_STORAGE_KEY, COLOR_THEMES } from '../../src/state/colorTheme.ts';

/** On the html element while the shell's map is not the one the address asks for (see map.css). */
export const EARLY_MAP_OFF_CLASS = 'early-map-off';

export const EARLY_SHELL_SCRIPT = `(()=>{const r=document.documentElement;let t=null;try{t=localStorage.getItem(${JSON.stringify(COLOR_THEME_STORAGE_KEY)})}catch{}r.dataset.theme=${JSON.stringify(COLOR_THEMES)}.includes(t)?t:matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light";if(location.search.length>1)r.classList.add(${JSON.stringify(EARLY_MAP_OFF_CLASS)})})()`;

/** The script's CSP source expression, 'sha256-…'. */
export const EARLY_SHELL_SCRIPT_HASH = `'sha256-${createHash('sha256').update(EARLY_SHELL_SCRIPT).digest('base64')}'`;
