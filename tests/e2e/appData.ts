/**
 * The app's data in browser tests: read back from the server (core and every shard, checked as the
 * app checks them, joined into one ScoData for the tests' expectations), or served in place of the
 * built files with page.route — a data set of the test's own without a second build.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { CORE_FILE, MAP_FILE } from '../../src/model/dataFiles';
import { mapFileOf } from '../../src/model/mapFile';
import type { ScoData } from '../../src/model/schema';
import { checkDataFiles, problemText } from '../../scripts/preprocess/readData';
import { joinScoData, splitScoData } from '../../scripts/preprocess/split';

/** Every request for the core. */
export const CORE_ROUTE = `**/data/${CORE_FILE}`;
/** Every request for the map file. */
export const MAP_ROUTE = `**/data/${MAP_FILE}`;
/** Every request for an evidence shard. */
export const EVIDENCE_ROUTE = '**/data/evidence/*.json';

/** The data the server gives the app, whole again. */
export async function readServedData(page: Page, baseUrl: string): Promise<ScoData> {
  const texts = new Map<string, string>();
  const get = async (file: string) => {
    const response = await page.request.get(new URL(`data/${file}`, baseUrl).href);
    if (!response.ok()) throw new Error(`data/${file}: HTTP ${response.status()}`);
    return response.text();
  };
  texts.set(CORE_FILE, await get(CORE_FILE));
  const core = JSON.parse(texts.get(CORE_FILE) ?? '') as { evidence: Array<{ file: string }> };
  for (const { file } of core.evidence) texts.set(file, await get(file));
  const checked = checkDataFiles((file) => texts.get(file) ?? '');
  if (!checked.ok) throw new Error(`the served data fails the app's checks: ${problemText(checked)}`);
  return joinScoData(checked.data.core, checked.data.shards);
}

/** Answers this page's requests for the core, its map file and its shards with `data`, split as the pipeline splits it. */
export async function serveData(page: Page, data: ScoData, shardBytes?: number): Promise<void> {
  const { core, shards } = splitScoData(data, shardBytes === undefined ? {} : { shardBytes });
  const coreBody = JSON.stringify(core);
  const mapBody = JSON.stringify(mapFileOf(core));
  await page.route(MAP_ROUTE, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: mapBody }));
  const bodies = new Map(shards.map(({ file, shard }) => [file.replace(/^.*\//, ''), JSON.stringify(shard)]));
  await page.route(CORE_ROUTE, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: coreBody }));
  await page.route(EVIDENCE_ROUTE, (route) => {
    const body = bodies.get(new URL(route.request().url()).pathname.replace(/^.*\//, ''));
    return body === undefined ? route.fulfill({ status: 404, body: 'Not Found' }) : route.fulfill({ status: 200, contentType: 'application/json', body });
  });
}

export async function stopServingData(page: Page): Promise<void> {
  await page.unroute(MAP_ROUTE);
  await page.unroute(CORE_ROUTE);
  await page.unroute(EVIDENCE_ROUTE);
}

/** Waits until a panel's words have loaded: no list busy, no "Loading …" line left in it. */
export async function evidenceLoaded(panel: Locator): Promise<void> {
  const pending = () => panel.locator('[aria-busy="true"], .evidence-status[role="status"]').count();
  await expect.poll(pending, { timeout: 15_000, message: 'the evidence never loaded' }).toBe(0);
}
