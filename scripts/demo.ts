/**
 * `npm start`: the reference server (PGlite seeded on first run, or
 * DATABASE_URL) and the demo page from the sources through Vite, on one origin.
 */
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer as createViteServer } from 'vite';
import { createApp } from '../server/app.ts';
import { DEMO_TOKENS } from '../server/auth.ts';
import { prepareDatabase } from '../server/main.ts';

const root = new URL('..', import.meta.url).pathname;
const db = await prepareDatabase();
const app = createApp({ db, tokens: DEMO_TOKENS, corsOrigin: '*' });
const vite = await createViteServer({
  root,
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

const port = Number(process.env.PORT ?? 5173);
server.listen(port, process.env.HOST ?? '127.0.0.1', () => {
  const { address, port: bound } = server.address() as AddressInfo;
  console.log(`\n  mission-widgets demo: http://${address}:${bound}/demo/  (API: /api, OpenAPI: /openapi.json)\n  Ctrl-C to stop.\n`);
});

let closing = false;
function shutdown(): void {
  if (closing) process.exit(1);
  closing = true;
  console.log('stopping...');
  server.closeAllConnections();
  server.close(() => {
    void Promise.all([vite.close(), db.close()]).then(() => process.exit(0));
  });
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
