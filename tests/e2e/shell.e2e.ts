import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './axe';
import { startSession, type AppSession } from './browser';

describe('app shell', () => {
  let session: AppSession;

  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session.close();
  });

  it('shows the header and the three named view regions', async () => {
    const { page } = session;
    await session.open();
    await expect.poll(() => page.getByRole('heading', { name: 'SCO Atlas', level: 1 }).count()).toBe(1);
    for (const name of ['Membership map', 'Theme timeline', 'Expert network']) {
      await expect.poll(() => page.getByRole('region', { name }).count(), { timeout: 20_000, message: name }).toBe(1);
    }
    await expect.poll(() => page.getByText(/Membership data as of/).count()).toBe(1);
    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });

  it('lists the sources behind the data in a dialog', async () => {
    const { page } = session;
    await session.open();
    await page.getByRole('button', { name: 'Sources' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sources' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getByRole('link').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
  });

  it('carries a Content Security Policy that allows only its own origin, and breaks none of it', async () => {
    const { page } = session;
    await page.addInitScript(() => {
      const violations: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = violations;
      document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    await session.open();
    await expect.poll(() => page.getByRole('region', { name: 'Membership map' }).count()).toBe(1);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toMatch(/default-src 'self'/);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
  });

  it("shows the visitor's theme in the loading shell's picker before the app starts, not the build's default", async () => {
    const page = await session.context.newPage();
    try {
      const violations: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') violations.push(message.text());
      });
      // No script file loads: what shows is the built shell and its two inline scripts alone.
      await page.route('**/*.js', (route) => route.abort());
      await page.addInitScript(() => localStorage.setItem('sco-atlas:theme', 'dark'));
      await page.goto(session.baseUrl);
      const shellPicker = page.locator('.early-shell .theme-picker select');
      await expect.poll(() => shellPicker.count()).toBe(1);
      expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
      expect(await shellPicker.inputValue()).toBe('dark');
      expect(violations.filter((text) => /Content Security Policy/.test(text))).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('has no serious or critical accessibility violation in any theme', async () => {
    const { page } = session;
    for (const theme of ['light', 'dark', 'projector']) {
      await page.addInitScript((t) => localStorage.setItem('sco-atlas:theme', t), theme);
      await session.open();
      await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe(theme);
      await expect.poll(() => page.getByRole('heading', { name: 'SCO Atlas', level: 1 }).count()).toBe(1);
      expect(await seriousAxeViolations(page), theme).toEqual([]);
    }
  });
});
