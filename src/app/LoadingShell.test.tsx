// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** Loads LoadingShell afresh, after index.html's built shell has been put in the page. */
async function withBuiltShell() {
  const root = Object.assign(document.createElement('div'), { id: 'root' });
  const shell = Object.assign(document.createElement('div'), { className: 'early-shell' });
  const built = Object.assign(document.createElement('h1'), { textContent: 'SCO Atlas, as built' });
  shell.append(built);
  root.append(shell);
  document.body.replaceChildren(root);
  vi.resetModules();
  const { LoadingShell } = await import('./LoadingShell');
  document.body.replaceChildren();
  return { LoadingShell, built };
}

describe('LoadingShell', () => {
  afterEach(() => {
    cleanup();
    document.body.replaceChildren();
  });

  it('keeps the very nodes index.html painted while the app loads', async () => {
    const { LoadingShell, built } = await withBuiltShell();
    render(<LoadingShell />);
    expect(screen.getByRole('heading', { name: 'SCO Atlas, as built' })).toBe(built);
  });

  it('lets the built nodes go once it gives way to the app, so they are not kept alive for the life of the page', async () => {
    const { LoadingShell, built } = await withBuiltShell();
    render(<LoadingShell />).unmount();
    expect(built.isConnected).toBe(false);
    // Shown again (it never is in the app, but it must not hold on to the old nodes): the plain loading line.
    render(<LoadingShell />);
    expect(screen.queryByRole('heading', { name: 'SCO Atlas, as built' })).toBeNull();
    expect(screen.getByText('Loading SCO Atlas data…')).toBeTruthy();
  });
});
