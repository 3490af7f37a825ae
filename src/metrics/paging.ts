/**
 * Client-side paging of a list already held in memory (the `data` property):
 * the same page arithmetic as the server's, so a widget behaves alike with
 * `data` and with an endpoint.
 */
export interface Page<T> {
  items: T[];
  /** Items before paging. */
  total: number;
  /** 1-based, clamped into 1..last page. */
  page: number;
  pageSize: number;
}

/** Page `page` of `items`; a page past the end gives the last page, a page before 1 gives the first. */
export function pageOf<T>(items: readonly T[], page: number, pageSize: number): Page<T> {
  const size = Math.max(1, Math.floor(pageSize) || 1);
  const last = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(last, Math.max(1, Math.floor(page) || 1));
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), total: items.length, page: current, pageSize: size };
}

/** The page that holds the first row of `page` once the page size becomes `nextSize` (keeps the reader's place). */
export function pageKeepingFirstRow(page: number, pageSize: number, nextSize: number): number {
  return Math.floor(((page - 1) * pageSize) / nextSize) + 1;
}
