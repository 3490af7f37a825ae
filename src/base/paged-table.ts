// Paging and export plumbing that <mission-list> and <mission-leaderboard> share, written once.
import type { TemplateResult } from 'lit';
import type * as v from 'valibot';
import { fetchAllPages, type PagedResponse } from '../data/fetch-all-pages.js';
import type { ResourceSource } from '../data/resource-controller.js';
import type { Lang } from '../format/messages.js';
import { pageKeepingFirstRow, type Page } from '../metrics/paging.js';
import { isUnsafeTemplate } from '../metrics/link-template.js';
import type { CsvFile, CsvJob } from './csv-export.js';
import { pageCount, renderPagination } from './pagination.js';

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;
/** Rows per request of an export (the reference server's largest page). */
const EXPORT_PAGE_SIZE = 100;

/** `pageSize` floored when within 1..100, else the default. */
export function validPageSize(pageSize: number): number {
  const size = Math.floor(pageSize);
  return size >= 1 && size <= 100 ? size : DEFAULT_PAGE_SIZE;
}

/**
 * The last page when the server answered an empty page past the end (rows went
 * away meanwhile), else undefined. Never with `data`, which is paged here.
 */
export function pageAfterEmptyAnswer(
  hasData: boolean,
  value: PagedResponse<unknown> | undefined,
  page: number,
): number | undefined {
  const pastTheEnd = !hasData && value && value.items.length === 0 && value.total > 0 && value.page === page;
  return pastTheEnd ? pageCount(value) : undefined;
}

/** Warns once a row link template (e.g. `detail-href`) is set that would give no link. */
export function warnUnsafeLink(tag: string, attribute: string, template: string | undefined): void {
  if (!isUnsafeTemplate(template)) return;
  console.warn(`<${tag}>: ${attribute} "${template}" is not an http(s) or relative URL; no link.`);
}

/** What the reader asked for: another page, or another page size (and the page keeping their place). */
export interface PagerChange {
  page: number;
  pageSize?: number;
}

/** The pagination bar; a new page size keeps the first row of the current page in view. */
export function renderPager(
  lang: Lang,
  view: Page<unknown>,
  pageSize: number,
  onChange: (change: PagerChange) => void,
): TemplateResult {
  return renderPagination(
    lang,
    { page: view.page, pageSize: view.pageSize, total: view.total },
    [...new Set([...PAGE_SIZES, pageSize])].sort((a, b) => a - b),
    (page) => onChange({ page }),
    (size) => onChange({ page: pageKeepingFirstRow(view.page, view.pageSize, size), pageSize: size }),
  );
}

export interface PagedExport<Item> {
  /** Where the rows come from, taken when the export is asked for. */
  source: ResourceSource;
  resource: string;
  schema: v.GenericSchema<unknown, PagedResponse<Item>>;
  maxPages: number;
  keyOf: (item: Item) => string;
  /** Every row, from `data`. */
  held: () => readonly Item[];
  file: (items: readonly Item[]) => CsvFile;
}

/** A CSV export of every row: from `data` at once, else fetched page by page. */
export function pagedCsvJob<Item>(options: PagedExport<Item>): CsvJob {
  const { source } = options;
  return async (signal, onProgress) => {
    if (source.kind === 'data') return options.file(options.held());
    if (source.kind !== 'fetch') throw new Error('nothing to export');
    const items = await fetchAllPages({
      endpoint: source.endpoint,
      resource: options.resource,
      schema: options.schema,
      query: source.query,
      pageSize: EXPORT_PAGE_SIZE,
      maxPages: options.maxPages,
      signal,
      onProgress,
      keyOf: options.keyOf,
    });
    return options.file(items);
  };
}
