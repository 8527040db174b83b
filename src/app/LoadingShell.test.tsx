// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** Loads LoadingShell afresh, after index.html's built shell has been put in the page. */
async function withBuiltShell() {
  document.body.innerHTML = '<div id="root"><div class="early-shell"><h1 id="built">SCO Atlas, as built</h1></div></div>';
  const built = document.getElementById('built');
  vi.resetModules();
  const { LoadingShell } = await import('./LoadingShell');
  document.body.innerHTML = '';
  return { LoadingShell, built };
}

describe('LoadingShell', () => {
  afterEach(() => {
    cleanup();
    document.body.innerHTML = '';
  });

  it('keeps the very nodes index.html painted while the app loads', async () => {
    const { LoadingShell, built } = await withBuiltShell();
    render(<LoadingShell />);
    expect(screen.getByRole('heading', { name: 'SCO Atlas, as built' })).toBe(built);
  });

  it('lets the built nodes go once it gives way to the app, so they are not kept alive for the life of the page', async () => {
    const { LoadingShell, built } = await withBuiltShell();
    render(<LoadingShell />).unmount();
    expect(built?.isConnected).toBe(false);
    // Shown again (it never is in the app, but it must not hold on to the old nodes): the plain loading line.
    render(<LoadingShell />);
    expect(screen.queryByRole('heading', { name: 'SCO Atlas, as built' })).toBeNull();
    expect(screen.getByText('Loading SCO Atlas data…')).toBeTruthy();
  });
});
