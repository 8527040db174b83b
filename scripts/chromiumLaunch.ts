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
