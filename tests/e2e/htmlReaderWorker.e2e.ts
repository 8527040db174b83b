/**
 * The HTML reader is isomorphic: bundled by Vite for the browser, it runs in a module Web Worker
 * in Chromium under the app's Content Security Policy and gives, for every fixture page, the same
 * article as in Node, with no script of the page run. The in-app "Add articles" panel runs this
 * same code in its pipeline worker (src/views/addArticles/ownCorpus.worker.ts, tested in addArticles.e2e.ts).
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromiumLaunch';
import { PAGES_DIR, pageBytes } from '../../scripts/preprocess/html/pageFixtures';
import { readHtmlArticle } from '../../scripts/preprocess/html/readHtmlArticle';
import { CONTENT_SECURITY_POLICY } from '../../vite.config';

const ROOT = resolve(import.meta.dirname, '../..');
const FETCHED_FROM = 'http://127.0.0.1/2022/09/16/samarkand-summit';

const WORKER_ENTRY = `
import { readHtmlArticle } from '${join(ROOT, 'scripts/preprocess/html/readHtmlArticle.ts')}';
self.onmessage = (event) => {
  try {
    const page = readHtmlArticle(event.data.name, event.data.bytes, { fetchedFrom: '${FETCHED_FROM}' });
    // A page script that ran in the worker would have set this; the result then differs from Node's.
    self.postMessage(self.__pwned === undefined ? { ok: true, page } : { ok: false, error: 'a page script ran: ' + self.__pwned });
  } catch (error) {
    self.postMessage({ ok: false, error: String(error) });
  }
};
`;

const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>reader</title><script type="module" src="/main.js"></script></head><body></body></html>`;

/** Reads one fixture in the worker; the result lands on window.__result. */
const MAIN = `
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
window.readInWorker = async (name) => {
  const bytes = new Uint8Array(await (await fetch('/pages/' + name)).arrayBuffer());
  const worker = new Worker('/reader.js', { type: 'module' });
  const result = await new Promise((resolve) => { worker.onmessage = (e) => resolve(e.data); worker.onerror = (e) => resolve({ ok: false, error: e.message }); worker.postMessage({ name, bytes }); });
  worker.terminate();
  return result;
};
`;

let browser: Browser;
let server: Server;
let baseUrl: string;
let readerBytes = 0;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sco-reader-worker-'));
  writeFileSync(join(dir, 'entry.js'), WORKER_ENTRY);
  await build({
    configFile: false,
    logLevel: 'warn',
    root: dir,
    build: { outDir: join(dir, 'out'), lib: { entry: join(dir, 'entry.js'), formats: ['es'], fileName: () => 'reader.js' } },
  });
  const reader = readFileSync(join(dir, 'out/reader.js'));
  readerBytes = reader.byteLength;
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    const headers = { 'content-security-policy': CONTENT_SECURITY_POLICY };
    if (path === '/') response.writeHead(200, { ...headers, 'content-type': 'text/html' }).end(PAGE);
    else if (path === '/main.js') response.writeHead(200, { ...headers, 'content-type': 'text/javascript' }).end(MAIN);
    else if (path === '/reader.js') response.writeHead(200, { ...headers, 'content-type': 'text/javascript' }).end(reader);
    else if (path.startsWith('/pages/')) response.writeHead(200, { 'content-type': 'application/octet-stream' }).end(pageBytes(path.slice('/pages/'.length)));
    else response.writeHead(204).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser.close();
  await new Promise((done) => server.close(done));
});

type WorkerResult = { ok: true; page: ReturnType<typeof readHtmlArticle> } | { ok: false; error: string };

describe('the HTML reader in a browser worker', () => {
  it('gives the same article as Node for every fixture page, runs no page script, and breaks no CSP rule', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(baseUrl);
    await page.waitForFunction(() => 'readInWorker' in window);
    const names = readdirSync(PAGES_DIR).filter((name) => name.endsWith('.html'));
    for (const name of names) {
      const inBrowser = await page.evaluate(async (n) => (window as unknown as { readInWorker: (n: string) => Promise<unknown> }).readInWorker(n), name);
      let inNode: WorkerResult;
      try {
        inNode = { ok: true, page: readHtmlArticle(name, pageBytes(name), { fetchedFrom: FETCHED_FROM }) };
      } catch (error) {
        inNode = { ok: false, error: String(error) };
      }
      expect(inBrowser, name).toEqual(inNode);
    }
    const traps = await page.evaluate(() => ({ pwned: (window as { __pwned?: unknown }).__pwned, csp: (window as unknown as { __cspViolations: string[] }).__cspViolations }));
    expect(traps).toEqual({ pwned: undefined, csp: [] });
    expect(errors).toEqual([]);
    // Linkedom and Readability are most of it; reported so its growth is seen (about 480 KB minified, 130 KB gzip).
    expect(readerBytes).toBeLessThan(1_000_000);
  });
});
