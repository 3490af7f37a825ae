import type { ResolvedConfig } from './config.js';
import { MissionDataError, isAbortError } from './errors.js';
import { problemDetails } from './contract.js';
import * as v from 'valibot';

export type QueryValue = string | number | undefined;
export type Query = Record<string, QueryValue>;

/**
 * `{endpoint}/{resource}?{query}` as an absolute URL, with query keys sorted so
 * the same request always has the same URL (it is the cache key).
 * Path segments of `resource` are taken as given; callers encode ids.
 */
export function resourceUrl(endpoint: string, resource: string, query: Query): string {
  let url: URL;
  try {
    url = new URL(endpoint, document.baseURI);
  } catch {
    throw new MissionDataError('config', `endpoint "${endpoint}" is not a valid URL`, 0, resource);
  }
  // The resource joins the path; the endpoint's own query parameters (a tenant, a key) stay.
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/${resource}`;
  for (const key of Object.keys(query).sort()) {
    const value = query[key];
    if (value !== undefined && value !== '') url.searchParams.set(key, String(value));
  }
  return url.href;
}

function timeoutError(resource: string, timeout: number): MissionDataError {
  return new MissionDataError('timeout', `${resource}: no answer after ${timeout / 1000} s`, 0, resource);
}

async function problemMessage(response: Response): Promise<string | undefined> {
  const type = response.headers.get('content-type') ?? '';
  if (!/^application\/(problem\+)?json\b/i.test(type)) return undefined;
  try {
    const parsed = v.safeParse(problemDetails, await response.json());
    if (!parsed.success) return undefined;
    return parsed.output.detail ?? parsed.output.title;
  } catch {
    return undefined;
  }
}

/**
 * GETs JSON. Throws `MissionDataError` for every failure except our own abort,
 * which is rethrown as is so callers can tell it apart and stay quiet.
 */
export async function fetchJson(
  url: string,
  resource: string,
  signal: AbortSignal,
  config: ResolvedConfig,
): Promise<unknown> {
  const timeout = AbortSignal.timeout(config.timeout);
  const combined = AbortSignal.any([signal, timeout]);
  let response: Response;
  try {
    response = await config.fetch(url, {
      method: 'GET',
      headers: { Accept: 'application/json', ...config.headers },
      credentials: config.credentials,
      signal: combined,
    });
  } catch (error) {
    if (signal.aborted) throw signal.reason ?? error;
    if (timeout.aborted) throw timeoutError(resource, config.timeout);
    if (isAbortError(error)) throw error;
    throw new MissionDataError('network', `${resource}: the server could not be reached`, 0, resource);
  }
  if (!response.ok) {
    const detail = await problemMessage(response);
    const text = detail ?? (response.statusText || 'request failed');
    throw new MissionDataError(
      'http',
      `${resource}: ${text} (HTTP ${response.status})`,
      response.status,
      resource,
    );
  }
  try {
    return await response.json();
  } catch (error) {
    if (signal.aborted) throw signal.reason ?? error;
    // The timeout also cuts a body still arriving: that is a timeout, not bad JSON.
    if (timeout.aborted) throw timeoutError(resource, config.timeout);
    throw new MissionDataError(
      'parse',
      `${resource}: the answer is not valid JSON`,
      response.status,
      resource,
    );
  }
}
