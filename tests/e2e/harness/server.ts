// A static web server on 127.0.0.1 for the pages under test: fixed routes held
// in memory, GET and HEAD only, a random free port, and a close() that ends
// every open connection so a test run never leaves a listener behind.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Route {
  type: string;
  body: string;
  /** Extra response headers, e.g. a Content-Security-Policy. */
  headers?: Record<string, string>;
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The absolute URL of a path served here. */
  url(path: string): string;
  close(): Promise<void>;
}

export const html = (body: string, headers?: Record<string, string>): Route => ({
  type: 'text/html; charset=utf-8',
  body,
  ...(headers && { headers }),
});

export async function startServer(routes: ReadonlyMap<string, Route>): Promise<StaticServer> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const route = routes.get(path);
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !route) {
      res.writeHead(route ? 405 : 404, { 'content-type': 'text/plain' }).end(route ? 'method not allowed' : 'not found');
      return;
    }
    const body = Buffer.from(route.body, 'utf8');
    res.writeHead(200, { ...route.headers, 'content-type': route.type, 'content-length': body.length, 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  // Bounded: a stuck client cannot hold the server open.
  server.requestTimeout = 10_000;
  server.headersTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
