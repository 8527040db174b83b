import { describe, expect, it } from 'vitest';
import { withLoadingShell } from './loadingShell';

describe('loading shell', () => {
  it("writes the title, subtitle and a loading status into index.html's root", () => {
    const html = withLoadingShell('<body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body>');
    expect(html).toMatch(/<div id="root"><div class="app"><header class="app-header"><div class="app-header__brand"><h1>SCO Atlas<\/h1>/);
    expect(html).toContain('<div class="loading-state" role="status" aria-live="polite">');
    expect(html).toContain('Loading SCO Atlas data…');
    expect(html).toContain('<script type="module" src="/src/main.tsx"></script>');
  });

  it('fails the build when index.html has no empty root to fill', () => {
    expect(() => withLoadingShell('<body><main></main></body>')).toThrow(/no empty <div id="root">/);
  });
});
