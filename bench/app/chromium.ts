import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The same flags as the browser tests (tests/e2e/browser.ts, which needs vitest's inject and so
// cannot be imported here): no sandbox as root, no background calls to Google's hosts.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

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
      const foreignRequests: string[] = [];
      await context.route('**/*', async (route) => {
        const url = route.request().url();
        if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
        foreignRequests.push(url);
        return route.abort('blockedbyclient');
      });
      return { context, foreignRequests };
    },
    close: async () => {
      await browser.close();
    },
  };
}
