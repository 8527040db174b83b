import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { blockOffOriginRequests, CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromiumLaunch';

export interface BenchBrowser {
  browser: Browser;
  /** A fresh context (empty cache) that refuses every request off the app's origin, as the tests do. */
  newContext: (width?: number, height?: number) => Promise<{ context: BrowserContext; foreignRequests: string[] }>;
  close: () => Promise<void>;
}

export async function launchBrowser(origin: string): Promise<BenchBrowser> {
  // Playwright gives each launch a fresh temporary profile of its own.
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  return {
    browser,
    newContext: async (width = 1440, height = 900) => {
      const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
      const foreignRequests = await blockOffOriginRequests(context, origin);
      return { context, foreignRequests };
    },
    close: async () => {
      await browser.close();
    },
  };
}
