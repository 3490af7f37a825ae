/**
 * The HTTP layer on bare node:http: routing, CORS, authentication, problem
 * responses, and a last check of every body against the contract schemas.
 *
 * `handleApi(req, res)` answers the paths it owns and returns false for the
 * others, so a launcher can put it in front of a static file server.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import * as v from 'valibot';
import { RESOURCE_SCHEMAS, type ResourceName } from '../src/data/contract.ts';
import { DEMO_TOKENS, tokenAuthenticator, type Authenticate, type TokenTable } from './auth.ts';
import type { Queryable } from './db.ts';
import { buildOpenApiDocument } from './openapi.ts';
import { parseImpactQuery, parseMissionId, parseMissionsQuery, parsePaging, parsePeriod } from './params.ts';
import { notFound, PROBLEM_TYPES, ProblemError, sendProblem, type Problem } from './problem.ts';
import { audience } from './queries/audience.ts';
import { daily } from './queries/daily.ts';
import { impact } from './queries/impact.ts';
import { leaderboard } from './queries/leaderboard.ts';
import { findMerchant, type Merchant } from './queries/merchant.ts';
import { missionDetail } from './queries/mission-detail.ts';
import { missions } from './queries/missions.ts';
import { summary } from './queries/summary.ts';

export interface AppOptions {
  db: Queryable;
  /** Static bearer tokens → merchant ids (demo). Ignored when `authenticate` is given. */
  tokens?: TokenTable;
  /** Hook for a real auth system: the merchant id of the request, or null → 401. */
  authenticate?: Authenticate;
  /** `*`, one origin, or a comma-separated list of allowed origins. */
  corsOrigin?: string;
  /** Where the resources live; default `/api`. */
  basePath?: string;
  /** Where unexpected errors go (tests silence it). */
  logError?: (message: string, error: unknown) => void;
}

export interface App {
  /** Answers the request if the path is the API's or the OpenAPI document; false otherwise. */
  handleApi: (request: IncomingMessage, response: ServerResponse) => Promise<boolean>;
  /** A complete node:http listener: the API, and 404 problems for everything else. */
  listener: (request: IncomingMessage, response: ServerResponse) => void;
}

interface RequestContext {
  db: Queryable;
  merchant: Merchant;
  query: URLSearchParams;
}

type ResourceHandler = (context: RequestContext, pathParam: string | undefined) => Promise<unknown>;

const RESOURCES: Record<ResourceName, ResourceHandler> = {
  summary: ({ db, merchant, query }) => summary(db, merchant, parsePeriod(query)),
  daily: ({ db, merchant, query }) => daily(db, merchant, parsePeriod(query)),
  missions: ({ db, merchant, query }) => missions(db, merchant, parseMissionsQuery(query)),
  'missions/{id}': ({ db, merchant, query }, id) =>
    missionDetail(db, merchant, parseMissionId(id ?? ''), parsePeriod(query)),
  impact: ({ db, merchant, query }) => impact(db, merchant, parseImpactQuery(query)),
  leaderboard: ({ db, merchant, query }) =>
    leaderboard(db, merchant, { ...parsePeriod(query), ...parsePaging(query) }),
  audience: ({ db, merchant, query }) => audience(db, merchant, parsePeriod(query)),
};

/** `/missions/42` → ['missions/{id}', '42']; unknown → null. */
function route(resourcePath: string): [ResourceName, string | undefined] | null {
  if (resourcePath in RESOURCES && !resourcePath.includes('{'))
    return [resourcePath as ResourceName, undefined];
  const detail = /^missions\/([^/]+)$/.exec(resourcePath);
  return detail ? ['missions/{id}', detail[1]] : null;
}

function corsHeaders(allowed: string, request: IncomingMessage): Record<string, string> {
  if (allowed === '*') return { 'Access-Control-Allow-Origin': '*' };
  const origin = request.headers.origin;
  const list = allowed.split(',').map((entry) => entry.trim());
  return origin && list.includes(origin)
    ? { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' }
    : { Vary: 'Origin' };
}

function sendJson(response: ServerResponse, body: unknown, headers: Record<string, string>): void {
  const text = JSON.stringify(body);
  response.writeHead(200, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    // Figures depend on the bearer token: never share them through a cache.
    'Cache-Control': 'private, no-store',
  });
  response.end(text);
}

const INTERNAL_ERROR: Problem = {
  type: PROBLEM_TYPES.internal,
  title: 'Internal server error',
  status: 500,
  detail: 'The figures could not be computed; try again later.',
};

export function createApp(options: AppOptions): App {
  const { db } = options;
  const basePath = (options.basePath ?? '/api').replace(/\/$/, '');
  const corsOrigin = options.corsOrigin ?? '*';
  const authenticate = options.authenticate ?? tokenAuthenticator(options.tokens ?? DEMO_TOKENS);
  const logError = options.logError ?? ((message, error) => console.error(message, error));
  let openApiText: string | undefined;

  async function handleApi(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
    let url: URL;
    try {
      url = new URL(request.url ?? '/', 'http://localhost');
    } catch {
      return false; // not a path we could own; the caller decides (listener: 404)
    }
    const path = url.pathname;
    const isOpenApi = path === '/openapi.json' || path === `${basePath}/openapi.json`;
    if (!isOpenApi && path !== basePath && !path.startsWith(`${basePath}/`)) return false;

    const cors = corsHeaders(corsOrigin, request);
    try {
      if (request.method === 'OPTIONS') {
        const requested = request.headers['access-control-request-headers'];
        response.writeHead(204, {
          ...cors,
          'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
          'Access-Control-Allow-Headers':
            typeof requested === 'string' && /^[\w-]+(\s*,\s*[\w-]+)*$/.test(requested)
              ? requested
              : 'Authorization, Content-Type',
          'Access-Control-Max-Age': '600',
        });
        response.end();
        return true;
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        throw new ProblemError({
          type: PROBLEM_TYPES.methodNotAllowed,
          title: 'Method not allowed',
          status: 405,
          detail: `${request.method} is not supported; use GET`,
        });
      }
      if (isOpenApi) {
        openApiText ??= JSON.stringify(buildOpenApiDocument({ basePath }));
        response.writeHead(200, {
          ...cors,
          'Content-Type': 'application/json; charset=utf-8',
          'Cache-Control': 'public, max-age=300',
        });
        response.end(openApiText);
        return true;
      }
      const matched = route(path.slice(basePath.length + 1));
      if (!matched) throw notFound(`no resource at ${path}`);
      const [resource, pathParam] = matched;

      const merchantId = await authenticate(request);
      const merchant = merchantId === null ? null : await findMerchant(db, merchantId);
      if (!merchant) {
        throw new ProblemError({
          type: PROBLEM_TYPES.unauthorized,
          title: 'Unauthorized',
          status: 401,
          detail:
            merchantId === null ? 'a valid bearer token is required' : 'the token names no known merchant',
        });
      }

      const body = await RESOURCES[resource]({ db, merchant, query: url.searchParams }, pathParam);
      // The contract is the public API: never let a response drift from it.
      const checked = v.safeParse(RESOURCE_SCHEMAS[resource], body);
      if (!checked.success) {
        logError(`response of ${resource} breaks the contract:`, v.flatten(checked.issues));
        sendProblem(
          response,
          { ...INTERNAL_ERROR, detail: `the ${resource} response failed its contract check` },
          cors,
        );
        return true;
      }
      sendJson(response, body, cors);
    } catch (error) {
      if (error instanceof ProblemError) {
        const extra: Record<string, string> =
          error.problem.status === 401 ? { 'WWW-Authenticate': 'Bearer realm="missions"' } : {};
        if (error.problem.status === 405) extra.Allow = 'GET, HEAD, OPTIONS';
        sendProblem(response, error.problem, { ...cors, ...extra });
      } else {
        logError(`${request.method} ${path} failed:`, error);
        if (!response.headersSent) sendProblem(response, INTERNAL_ERROR, cors);
        else response.destroy();
      }
    }
    return true;
  }

  function listener(request: IncomingMessage, response: ServerResponse): void {
    handleApi(request, response)
      .then((owned) => {
        if (!owned) {
          sendProblem(response, {
            type: PROBLEM_TYPES.notFound,
            title: 'Not found',
            status: 404,
            detail: 'no such path',
          });
        }
      })
      .catch((error: unknown) => {
        logError('unexpected failure', error);
        response.destroy();
      });
  }

  return { handleApi, listener };
}

/** A node:http server for the app (not listening yet). */
export function createApiServer(options: AppOptions): Server {
  return createServer(createApp(options).listener);
}
