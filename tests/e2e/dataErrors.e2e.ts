import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type AppSession } from './browser';

/** Each broken data file must give a readable panel that names the problem and the fix, never a blank page. */
const BROKEN_FILES: { name: string; status: number; body: string; expected: RegExp }[] = [
  { name: 'missing', status: 404, body: 'Not Found', expected: /data file .*sco\.json is missing/ },
  { name: 'truncated', status: 200, body: '{"schemaVersion": 1, "generatedAt": "2026-', expected: /not valid JSON/ },
  { name: 'not JSON at all', status: 200, body: '<!doctype html><p>Proxy error</p>', expected: /not valid JSON/ },
  { name: 'empty', status: 200, body: '', expected: /empty/ },
  { name: 'wrong schema version', status: 200, body: '{"schemaVersion": 0}', expected: /schema version 0; this app reads version 1/ },
  { name: 'schema-invalid', status: 200, body: '{"schemaVersion": 1, "articles": "none"}', expected: /does not match the expected shape/ },
];

describe('bad data at load', () => {
  let session: AppSession;

  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session.close();
  });

  for (const file of BROKEN_FILES) {
    it(`explains a ${file.name} data file`, async () => {
      const { page } = session;
      await page.route('**/data/sco.json', (route) =>
        route.fulfill({ status: file.status, contentType: 'application/json', body: file.body }),
      );
      await session.open();
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.count()).toBe(1);
      const text = await alert.innerText();
      expect(text).toMatch(file.expected);
      expect(text).toMatch(/npm run preprocess/);
      await page.unroute('**/data/sco.json');
    });
  }
});
