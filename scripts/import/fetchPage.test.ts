/** Fetching pages from a server on 127.0.0.1: what comes back, and each way a fetch is refused, with its reason. */
import { FetchError, fetchPage, type FetchProblem } from './fetchPage';
import { servePages, type PageServer } from './testServer';

const PAGE = '<!DOCTYPE html><html><body><p>SCO</p></body></html>';
const limits = { timeoutMs: 2000, maxBytes: 64 * 1024 };

let server: PageServer;
beforeAll(async () => {
  server = await servePages({
    '/page': { body: PAGE, headers: { 'content-type': 'text/html; charset=windows-1251' } },
    '/moved': { status: 301, headers: { location: '/page' } },
    '/gone': { status: 410, body: 'gone' },
    '/pdf': { headers: { 'content-type': 'application/pdf' }, body: '%PDF-1.7' },
    '/untyped': { headers: { 'content-type': '' }, body: PAGE },
    '/declared-big': { headers: { 'content-length': String(10 * 2 ** 20) }, stall: true },
    '/streamed-big': { chunks: Array.from({ length: 100 }, () => 'x'.repeat(1024)) },
    '/stalls': { stall: true },
  });
});
afterAll(() => server.close());

async function problemOf(path: string, options = limits): Promise<[FetchProblem, string]> {
  try {
    await fetchPage(server.url(path), options);
  } catch (error) {
    if (error instanceof FetchError) return [error.problem, error.message];
    throw error;
  }
  throw new Error('expected a FetchError');
}

describe('fetchPage', () => {
  it('gives the bytes, the Content-Type and the address after redirects', async () => {
    const page = await fetchPage(server.url('/moved'), limits);
    expect(new TextDecoder().decode(page.bytes)).toBe(PAGE);
    expect(page.contentType).toBe('text/html; charset=windows-1251');
    expect(page.finalUrl).toBe(server.url('/page'));
  });

  it('reads a page served without a Content-Type, for the reader to judge by its markup', async () => {
    expect(new TextDecoder().decode((await fetchPage(server.url('/untyped'), limits)).bytes)).toBe(PAGE);
  });

  it.each<[string, FetchProblem, RegExp]>([
    ['/gone', 'fetch failed', /^the server answered HTTP 410 Gone$/],
    ['/nowhere', 'fetch failed', /^the server answered HTTP 404 Not Found$/],
    ['/pdf', 'not HTML', /^not HTML: the server says it is application\/pdf$/],
    ['/declared-big', 'too large', /^the page is 10\.0 MB, more than the 64 KB limit$/],
    ['/streamed-big', 'too large', /^the page is more than the 64 KB limit \(stopped reading there\)$/],
  ])('%s: %s', async (path, problem, message) => {
    const [gotProblem, gotMessage] = await problemOf(path);
    expect(gotProblem).toBe(problem);
    expect(gotMessage).toMatch(message);
  });

  it('gives up on a server that stops answering, at the time limit', async () => {
    const started = performance.now();
    expect(await problemOf('/stalls', { ...limits, timeoutMs: 300 })).toEqual(['fetch failed', 'no complete answer within 0.3 s']);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('names a refused connection', async () => {
    const closed = await servePages({});
    const url = closed.url('/page');
    await closed.close();
    await expect(fetchPage(url, limits)).rejects.toMatchObject({ problem: 'fetch failed', message: 'cannot fetch it (ECONNREFUSED)' });
  });
});
