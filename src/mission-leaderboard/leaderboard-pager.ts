// The leaderboard's pager: the shared pagination bar plus first/last page jumps for very long rankings.
import { html, type TemplateResult } from 'lit';
import { renderPager, type PagerChange } from '../base/paged-table.js';
import { pageCount } from '../base/pagination.js';
import type { Lang } from '../format/messages.js';
import type { Page } from '../metrics/paging.js';
import { leaderboardText } from './messages.js';

export function renderLeaderboardPager(
  lang: Lang,
  view: Page<unknown>,
  pageSize: number,
  onChange: (change: PagerChange) => void,
): TemplateResult {
  const last = pageCount(view);
  return html`<div class="pager">
    ${renderPager(lang, view, pageSize, onChange)}
    <div class="jump" role="group" aria-label=${leaderboardText(lang, 'jumpLabel')}>
      <button
        part="page-first"
        type="button"
        ?disabled=${view.page <= 1}
        @click=${() => onChange({ page: 1 })}
      >
        « ${leaderboardText(lang, 'firstPage')}
      </button>
      <button
        part="page-last"
        type="button"
        ?disabled=${view.page >= last}
        @click=${() => onChange({ page: last })}
      >
        ${leaderboardText(lang, 'lastPage')} »
      </button>
    </div>
  </div>`;
}
