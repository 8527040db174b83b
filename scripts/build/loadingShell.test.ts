import { describe, expect, it } from 'vitest';
import { EARLY_SHELL_SCRIPT, EARLY_SHELL_SCRIPT_HASH, SHELL_THEME_PICKER_SCRIPT, SHELL_THEME_PICKER_SCRIPT_HASH } from './earlyShellScript';
import { withLoadingShell, withShellReplaced } from './loadingShell';
import { CONTENT_SECURITY_POLICY } from '../../vite.config';
import { createHash } from 'node:crypto';

const PAGE = '<head><title>t</title></head><body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body>';

describe('loading shell', () => {
  it("writes the shell into index.html's root, inert, and the script entry stays", () => {
    const html = withLoadingShell(PAGE, '<div class="app"><p>the map-first dashboard</p></div>');
    expect(html).toContain('<div id="root"><div class="early-shell" inert><div class="app"><p>the map-first dashboard</p></div>');
    expect(html).toContain('<script type="module" src="/src/main.tsx"></script>');
  });

  it('without a rendered shell: the title and a loading status', () => {
    const html = withLoadingShell(PAGE);
    expect(html).toMatch(/<div class="early-shell" inert><div class="app"><header class="app-header"><div class="app-header__brand"><h1>SCO Atlas<\/h1>/);
    expect(html).toContain('Loading SCO Atlas data…');
  });

  it('holds the first paint until the whole shell is parsed, so a half-parsed layout never paints', () => {
    const html = withLoadingShell(PAGE, '<div class="app"></div>');
    const expectLink = /<link rel="expect" href="#([\w-]+)" blocking="render" \/>/.exec(html);
    expect(expectLink).not.toBeNull();
    const end = html.indexOf(`id="${expectLink?.[1] ?? ''}"`);
    expect(end).toBeGreaterThan(html.indexOf('<div class="app"></div>'));
  });

  it('adds two inline scripts, the theme one in the head and the picker one inside the shell before its end, and the CSP allows exactly those by their hashes', () => {
    const html = withLoadingShell(PAGE, '<div class="app"></div>');
    const scripts = [...html.matchAll(/<script>(.*?)<\/script>/g)].map((match) => match[1] ?? '');
    expect(scripts).toEqual([EARLY_SHELL_SCRIPT, SHELL_THEME_PICKER_SCRIPT]);
    expect(html.indexOf('<script>')).toBeLessThan(html.indexOf('</head>'));
    const pickerAt = html.lastIndexOf('<script>');
    expect(pickerAt).toBeGreaterThan(html.indexOf('<div class="app"></div>'));
    expect(pickerAt).toBeLessThan(html.indexOf('id="early-shell-end"'));
    const hashes = scripts.map((script) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    expect([EARLY_SHELL_SCRIPT_HASH, SHELL_THEME_PICKER_SCRIPT_HASH]).toEqual(hashes);
    expect(CONTENT_SECURITY_POLICY).toContain(`script-src 'self' ${hashes.join(' ')};`);
    expect(/script-src[^;]*unsafe-inline/.test(CONTENT_SECURITY_POLICY)).toBe(false);
  });

  it('fails the build when index.html has no empty root to fill', () => {
    expect(() => withLoadingShell('<head></head><body><main></main></body>')).toThrow(/no empty <div id="root">/);
  });
});

describe('a built shell drawn again for other data', () => {
  it('replaces only the shell, keeping the head, its script and the entry', () => {
    const built = withLoadingShell(PAGE, '<div class="app">seeds</div>');
    const again = withShellReplaced(built, '<div class="app">10,000 articles</div>');
    expect(again).toBe(withLoadingShell(PAGE, '<div class="app">10,000 articles</div>'));
  });

  it('fails on a page without a built shell', () => {
    expect(() => withShellReplaced(PAGE, '<div class="app"></div>')).toThrow(/no built shell/);
  });
});
