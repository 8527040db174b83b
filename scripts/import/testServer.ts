/**
 * Web pages served from 127.0.0.1 on a free port, for the import's tests: nothing in a test
 * reaches the internet. A route can answer with any status and headers, stream its body in
 * chunks, or stall after the headers.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Route {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** Sent one after another without a Content-Length (chunked), as a streaming server does. */
  chunks?: Array<string | Uint8Array>;
  /** Headers are sent, the body never ends. */
  stall?: boolean;
}

export interface PageServer {
  url: (path: string) => string;
  /** Paths requested, in order. */
  requested: string[];
  close: () => Promise<void>;
}

function answer(route: Route, response: ServerResponse): void {
  response.writeHead(route.status ?? 200, { 'content-type': 'text/html; charset=utf-8', ...route.headers });
  if (route.stall === true) {
    response.write('<!DOCTYPE html><html><head>');
    return;
  }
  for (const chunk of route.chunks ?? []) response.write(chunk);
  response.end(route.body);
}

export async function servePages(routes: Record<string, Route>): Promise<PageServer> {
  const requested: string[] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    requested.push(path);
    const route = routes[path];
    if (route === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    answer(route, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requested,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
