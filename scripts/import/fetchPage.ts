/**
 * One web page over HTTP(S) with Node's fetch: bounded in time (the whole request, body included)
 * and in size (read chunk by chunk and stopped at the limit, whatever Content-Length says).
 */
import { sizeText, type PageProblem } from '../preprocess/html/readHtmlArticle';

export interface FetchedPage {
  bytes: Uint8Array;
  contentType?: string;
  /** Where the page ended up after redirects: its own address. */
  finalUrl: string;
}

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

export type FetchProblem = PageProblem | 'fetch failed';

export class FetchError extends Error {
  constructor(
    readonly problem: FetchProblem,
    message: string,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

/** Content types that are web pages; a page served with none is read and judged by its markup. */
const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)\b/i;

function whyFailed(error: unknown, limits: FetchLimits): string {
  const name = (error as Error).name;
  if (name === 'TimeoutError' || name === 'AbortError') return `no complete answer within ${limits.timeoutMs / 1000} s`;
  // Node's fetch throws TypeError("fetch failed") with the system error as its cause.
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return `cannot fetch it (${cause?.code ?? cause?.message ?? (error as Error).message})`;
}

async function readBody(response: Response, limits: FetchLimits): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > limits.maxBytes) {
    await response.body?.cancel();
    throw new FetchError('too large', `the page is ${sizeText(declared)}, more than the ${sizeText(limits.maxBytes)} limit`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body !== null) {
    for await (const chunk of response.body) {
      size += chunk.byteLength;
      if (size > limits.maxBytes) {
        // Leaving the loop early cancels the stream, and with it the download.
        throw new FetchError('too large', `the page is more than the ${sizeText(limits.maxBytes)} limit (stopped reading there)`);
      }
      chunks.push(chunk);
    }
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

export async function fetchPage(url: string, limits: FetchLimits, fetchImpl: typeof fetch = fetch): Promise<FetchedPage> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  try {
    const response = await fetchImpl(url, {
      signal,
      redirect: 'follow',
      headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1', 'user-agent': 'sco-atlas-import/0.1' },
    });
    if (!response.ok) {
      await response.body?.cancel();
      throw new FetchError('fetch failed', `the server answered HTTP ${response.status}${response.statusText === '' ? '' : ` ${response.statusText}`}`);
    }
    const header = response.headers.get('content-type')?.trim() ?? '';
    const contentType = header === '' ? undefined : header;
    if (contentType !== undefined && !HTML_TYPES.test(contentType)) {
      await response.body?.cancel();
      throw new FetchError('not HTML', `not HTML: the server says it is ${contentType.split(';')[0] ?? contentType}`);
    }
    const bytes = await readBody(response, limits);
    return { bytes, finalUrl: response.url === '' ? url : response.url, ...(contentType === undefined ? {} : { contentType }) };
  } catch (error) {
    if (error instanceof FetchError) throw error;
    throw new FetchError('fetch failed', whyFailed(error, limits));
  }
}
