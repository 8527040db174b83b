import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { blockOffOriginRequests, CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromiumLaunch';

export interface AppSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  baseUrl: string;
  /** Console errors and uncaught page errors seen so far. */
  consoleErrors: string[];
  /** Every request that left the app's origin (there must be none). */
  foreignRequests: string[];
  open: (pathAndQuery?: string) => Promise<void>;
  close: () => Promise<void>;
}

export interface SessionOptions {
  width?: number;
  height?: number;
  deviceScaleFactor?: number;
}

/** Starts Chromium (fresh profile) and a page that records console errors and off-origin requests. */
export async function startSession(options: SessionOptions = {}): Promise<AppSession> {
  const baseUrl = inject('baseUrl');
  const origin = new URL(baseUrl).origin;
  // launch() gives every run a fresh temporary profile (the user-data dir), removed on close.
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1440, height: options.height ?? 900 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    acceptDownloads: true,
  });
  const consoleErrors: string[] = [];
  const foreignRequests = await blockOffOriginRequests(context, origin);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
  return {
    browser,
    context,
    page,
    baseUrl,
    consoleErrors,
    foreignRequests,
    open: async (pathAndQuery = '') => {
      await page.goto(new URL(pathAndQuery, baseUrl).href);
    },
    close: async () => {
      await browser.close();
    },
  };
}
