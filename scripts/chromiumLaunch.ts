import type { BrowserContext } from 'playwright-core';

/**
 * How every tool here starts Debian's Chromium: browser tests, the budget script and the bench.
 * As root it needs no sandbox, and without the background-networking flags it keeps calling
 * Google's hosts, which this closed network refuses.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS: string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/**
 * The offline guard every browser run uses: requests to the app's own origin (and data: or blob:
 * URLs it makes itself) go through; any other is refused and recorded in the returned list,
 * which a test expects to stay empty.
 */
export async function blockOffOriginRequests(context: BrowserContext, origin: string): Promise<string[]> {
  const refused: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    refused.push(url);
    return route.abort('blockedbyclient');
  });
  return refused;
}
