/**
 * `npm start`: the reference server (PGlite seeded on first run, or
 * DATABASE_URL) and the demo page from the sources through Vite, on one origin.
 * `startDemo` is also what the end-to-end test runs, on a small seed.
 */
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createServer as createViteServer } from 'vite';
import { createApp } from '../server/app.ts';
import { DEMO_TOKENS } from '../server/auth.ts';
import type { Database } from '../server/db.ts';
import { prepareDatabase } from '../server/main.ts';

export interface Demo {
  /** The demo page. */
  url: string;
  close(): Promise<void>;
}

export async function startDemo(db: Database, port = 5173, host = '127.0.0.1'): Promise<Demo> {
  const app = createApp({ db, tokens: DEMO_TOKENS, corsOrigin: '*', logError: console.error });
  const vite = await createViteServer({
    root: fileURLToPath(new URL('..', import.meta.url)),
    configFile: false,
    logLevel: 'warn',
    server: { middlewareMode: true, hmr: false },
    appType: 'mpa',
    // Scan only the demo page for dependencies to pre-bundle, all at once: a
    // late re-optimisation would load a second copy of Lit into the page.
    optimizeDeps: { entries: ['demo/index.html'] },
  });
  const server = createHttpServer((request, response) => {
    if (request.url === '/' || request.url === '/index.html') {
      response.writeHead(302, { Location: '/demo/' }).end();
      return;
    }
    app.handleApi(request, response).then(
      (handled) => {
        if (!handled) vite.middlewares(request, response);
      },
      (error: unknown) => {
        console.error(error);
        if (!response.headersSent) response.writeHead(500).end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const { address, port: bound } = server.address() as AddressInfo;
  return {
    url: `http://${address}:${bound}/demo/`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await vite.close();
    },
  };
}

async function main(): Promise<void> {
  const db = await prepareDatabase();
  const demo = await startDemo(db, Number(process.env.PORT ?? 5173), process.env.HOST ?? '127.0.0.1');
  console.log(
    `\n  mission-widgets demo: ${demo.url}  (API: /api, OpenAPI: /openapi.json)\n  Ctrl-C to stop.\n`,
  );
  let closing = false;
  const shutdown = () => {
    if (closing) process.exit(1);
    closing = true;
    console.log('stopping...');
    void demo
      .close()
      .then(() => db.close())
      .then(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
