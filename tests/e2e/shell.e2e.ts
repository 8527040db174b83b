import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
      expect(await page.getByRole('region', { name }).count(), name).toBe(1);
    }
    await expect.poll(() => page.getByText(/Membership data as of/).count()).toBe(1);
    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });

  it('shows a readable error panel when the data file is corrupt', async () => {
    const { page } = session;
    await page.route('**/data/sco.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"schemaVersion": 1, "articles": [' }));
    await session.open();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.count()).toBe(1);
    expect(await alert.innerText()).toMatch(/not valid JSON/);
    expect(await alert.innerText()).toMatch(/npm run preprocess/);
    await page.unroute('**/data/sco.json');
  });
});
