import { html, type TemplateResult } from 'lit';
import { formatCount } from '../format/format.js';
import { defineMessages, type Lang } from '../format/messages.js';

const text = defineMessages(
  {
    label: 'Pagination',
    previous: 'Previous page',
    next: 'Next page',
    range: '{first}–{last} of {total}',
    pageSize: 'Rows per page',
  },
  {
    label: 'Pagination',
    previous: 'Page précédente',
    next: 'Page suivante',
    range: '{first}–{last} sur {total}',
    pageSize: 'Lignes par page',
  },
);
export const paginationText = text;

export interface PaginationState {
  /** 1-based. */
  page: number;
  pageSize: number;
  total: number;
}

/** The last page number (at least 1). */
export function pageCount({ pageSize, total }: Pick<PaginationState, 'pageSize' | 'total'>): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/**
 * Previous / next buttons, "21–40 of 1,234" (announced politely) and a page
 * size select. Parts: `pagination`, `page-previous`, `page-next`, `page-size`.
 */
export function renderPagination(
  lang: Lang,
  state: PaginationState,
  pageSizes: readonly number[],
  onPage: (page: number) => void,
  onPageSize: (pageSize: number) => void,
): TemplateResult {
  const last = pageCount(state);
  const first = state.total === 0 ? 0 : (state.page - 1) * state.pageSize + 1;
  const end = Math.min(state.total, state.page * state.pageSize);
  return html`<nav part="pagination" class="pagination" aria-label=${text(lang, 'label')}>
    <label
      >${text(lang, 'pageSize')}
      <select
        part="page-size"
        @change=${(e: Event) => onPageSize(Number((e.target as HTMLSelectElement).value))}
      >
        ${pageSizes.map((size) => html`<option value=${size} ?selected=${size === state.pageSize}>${size}</option>`)}
      </select></label
    >
    <span role="status" class="range"
      >${text(lang, 'range', {
        first: formatCount(lang, first),
        last: formatCount(lang, end),
        total: formatCount(lang, state.total),
      })}</span
    >
    <button
      part="page-previous"
      type="button"
      aria-label=${text(lang, 'previous')}
      ?disabled=${state.page <= 1}
      @click=${() => onPage(state.page - 1)}
    >
      ‹
    </button>
    <button
      part="page-next"
      type="button"
      aria-label=${text(lang, 'next')}
      ?disabled=${state.page >= last}
      @click=${() => onPage(state.page + 1)}
    >
      ›
    </button>
  </nav>`;
}
