/**
 * Every page of a paged resource (`missions`, `leaderboard`), for exports.
 *
 * Pages are asked one after the other through the library's transport (the
 * page's `configureMissionWidgets` fetch, headers, credentials and timeout),
 * each validated against the contract. They bypass the shared request cache:
 * an export wants every row once, not what a widget showed a minute ago.
 */
import type * as v from 'valibot';
import { getConfig } from './config.js';
import { MissionDataError } from './errors.js';
import { fetchJson, resourceUrl, type Query } from './request.js';
import { validate } from './validate.js';

/** What a paged resource answers. */
export interface PagedResponse<Item> {
  items: Item[];
  total: number;
  page: number;
  pageSize: number;
}

export interface PageProgress {
  /** Pages received so far. */
  page: number;
  /** Pages to fetch in all. */
  pages: number;
}

export interface FetchAllPagesOptions<Item> {
  endpoint: string;
  /** The resource path, e.g. `leaderboard`; also names the resource in errors. */
  resource: string;
  schema: v.GenericSchema<unknown, PagedResponse<Item>>;
  /** Query of every request (period, filter, sort); `page` and `pageSize` are added. */
  query: Query;
  /** Rows asked per request (the server may answer with fewer per page: its own `pageSize` is used). */
  pageSize: number;
  /** Beyond this many pages, nothing more is fetched and `PageLimitError` is thrown. */
  maxPages: number;
  signal: AbortSignal;
  /** Called after each page arrives. */
  onProgress?: (progress: PageProgress) => void;
  /**
   * An item's identity: an item already seen on an earlier page is skipped
   * (rows shift between pages when the data changes during a long export).
   */
  keyOf?: (item: Item) => string;
}

/** The export would need more pages than allowed. */
export class PageLimitError extends MissionDataError {
  constructor(
    resource: string,
    readonly pages: number,
    readonly maxPages: number,
  ) {
    super(
      'config',
      `${resource}: ${pages} pages to fetch, more than the limit of ${maxPages}; narrow the period or the filter`,
      0,
      resource,
    );
  }
}

/**
 * Fetches pages 1..N in order (N from the first page's `total` and
 * `pageSize`) and returns their items concatenated. Rejects with the
 * abort reason when `signal` aborts, with `MissionDataError` otherwise.
 */
export async function fetchAllPages<Item>(options: FetchAllPagesOptions<Item>): Promise<Item[]> {
  const { endpoint, resource, schema, query, pageSize, maxPages, signal, onProgress, keyOf } = options;
  const config = getConfig();
  const items: Item[] = [];
  const seen = new Set<string>();
  let pages = 1;
  for (let page = 1; page <= pages; page++) {
    signal.throwIfAborted();
    const url = resourceUrl(endpoint, resource, { ...query, page, pageSize });
    const body = validate(resource, schema, await fetchJson(url, resource, signal, config));
    if (page === 1) {
      pages = Math.max(1, Math.ceil(body.total / body.pageSize));
      if (pages > maxPages) throw new PageLimitError(resource, pages, maxPages);
    }
    for (const item of body.items) {
      if (keyOf) {
        const key = keyOf(item);
        if (seen.has(key)) continue;
        seen.add(key);
      }
      items.push(item);
    }
    onProgress?.({ page, pages });
    // Fewer rows than the total announced (rows removed meanwhile): nothing further.
    if (body.items.length === 0) break;
  }
  return items;
}
