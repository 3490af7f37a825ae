import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import {
  MISSION_TYPES,
  leaderboardResponse,
  type LeaderboardEntry,
  type LeaderboardResponse,
} from '../data/contract.js';
import { ResourceController } from '../data/resource-controller.js';
import { MissionElement, type WidgetState } from '../base/mission-element.js';
import {
  DEFAULT_PAGE_SIZE,
  pageAfterEmptyAnswer,
  pagedCsvJob,
  validPageSize,
  warnUnsafeLink,
} from '../base/paged-table.js';
import { typeIconStyles } from '../base/type-icon.js';
import { leaderboardCsvRow } from '../metrics/leaderboard.js';
import { linkFromTemplate } from '../metrics/link-template.js';
import { pageOf, type Page } from '../metrics/paging.js';
import { sharedStyles, tokens } from '../theme/tokens.js';
import { paginationStyles, tableStyles, typeColorStyles } from '../theme/shared-parts.js';
import {
  CsvExportController,
  csvExportStyles,
  renderCsvExport,
  type CsvFile,
  type CsvJob,
} from '../base/csv-export.js';
import { rowActionStyles } from '../base/row-action.js';
import { renderLeaderboardTable } from './leaderboard-table.js';
import { renderLeaderboardPager } from './leaderboard-pager.js';
import { leaderboardText } from './messages.js';
import { leaderboardStyles } from './mission-leaderboard.styles.js';

/** Export cap: 2,000 pages of 100, i.e. 200,000 customers. */
export const LEADERBOARD_EXPORT_MAX_PAGES = 2000;

/**
 * The most engaged customers of the period: rank (equal totals share a rank,
 * as the server gives it), customer, total and counts per mission type, with
 * a profile control per row.
 *
 * Built to page through 100,000 customers and more: from an endpoint only one
 * page is asked at a time (`page`, `pageSize` query parameters), first and
 * last pages are one click away, rows are keyed by customer id, and the
 * current rows stay on screen (`aria-busy`) while the next page loads. From
 * `data` (every row in one response) pages are cut in the browser.
 *
 * CSV export: every page, fetched one after the other 100 rows at a time,
 * with "Exporting page 12 of 1,000" and a Cancel button. **Cap: 2,000 pages,
 * i.e. 200,000 customers** (`LEADERBOARD_EXPORT_MAX_PAGES`); beyond it the
 * export stops after the first request and says so (narrow the period).
 * Avatars are shown only from `https:` URLs; otherwise the initials are.
 *
 * @summary Ranked customers by validated missions, paginated, with CSV export.
 * @tag mission-leaderboard
 *
 * @fires customer-select - A row's profile control was activated. Detail: `{ id }`. Cancelable: `preventDefault()` keeps a `profile-href` link from being followed.
 * @fires data-error - The leaderboard (or an export page) could not be loaded or did not match the contract. Detail: `{ status, message, resource, kind }`.
 *
 * @csspart base - The wrapper of every state.
 * @csspart status - The loading, empty, idle or error box.
 * @csspart error-title - The error's title, by kind of failure.
 * @csspart error-message - The error's readable message.
 * @csspart retry-button - The button that asks again after an error.
 * @csspart toolbar - The bar holding the export.
 * @csspart table - The table (`aria-busy` while the next page loads).
 * @csspart type-icon - A mission type's icon in a column header (with `data-type`).
 * @csspart row - One customer's row (with `data-id`).
 * @csspart rank - A customer's rank.
 * @csspart avatar - A customer's picture, or their initials (then also `initials`).
 * @csspart initials - The initials shown instead of a picture.
 * @csspart name - A customer's name.
 * @csspart total - A customer's validated missions.
 * @csspart count - A customer's validations of one type (with `data-type`).
 * @csspart profile - The profile link or button of a row.
 * @csspart pagination - The pagination bar.
 * @csspart page-previous - The previous page button.
 * @csspart page-next - The next page button.
 * @csspart page-size - The rows per page `<select>`.
 * @csspart page-first - The first page button.
 * @csspart page-last - The last page button.
 * @csspart csv-button - The CSV export button.
 * @csspart export-progress - The export's progress bar.
 * @csspart export-status - The export's progress or outcome.
 * @csspart export-cancel - The button that cancels an export.
 * @csspart export-error - Why an export failed.
 *
 * @cssprop --mission-color-classic - Colour of classic missions.
 * @cssprop --mission-color-content - Colour of content missions.
 * @cssprop --mission-color-review - Colour of review missions.
 * @cssprop --mission-color-engagement - Colour of engagement missions.
 * @cssprop --mission-color-surface - Background.
 * @cssprop --mission-color-surface-raised - Background of initials.
 * @cssprop --mission-color-text - Text colour.
 * @cssprop --mission-color-muted - Secondary text colour.
 * @cssprop --mission-color-border - Row separators.
 * @cssprop --mission-color-negative - Colour of error titles.
 * @cssprop --mission-color-focus - Focus ring and profile links.
 * @cssprop --mission-font-family - Font.
 */
export class MissionLeaderboard extends MissionElement {
  static override styles = [
    tokens,
    sharedStyles,
    typeColorStyles,
    tableStyles,
    paginationStyles,
    typeIconStyles,
    csvExportStyles,
    rowActionStyles,
    leaderboardStyles,
  ];

  static override properties: PropertyDeclarations = {
    ...MissionElement.properties,
    data: { attribute: false },
    pageSize: { type: Number, attribute: 'page-size', reflect: true },
    profileHref: { type: String, attribute: 'profile-href' },
    page: { type: Number },
  };

  /** Every row as one `leaderboard` response: when set, nothing is fetched and pages are cut here. */
  declare data: LeaderboardResponse | undefined;
  /** Rows per page: 10, 20 (default), 50 or 100. */
  declare pageSize: number;
  /** Link template of the profile control, e.g. `/customers/{id}` (id URL-encoded; http(s) or relative only). */
  declare profileHref: string | undefined;
  /** The page shown, from 1. A new period goes back to 1. */
  declare page: number;

  readonly #leaders = new ResourceController(this, {
    resource: 'leaderboard',
    schema: leaderboardResponse,
    source: () => this.sourceFor(this.data, 'leaderboard', { page: this.page, pageSize: this.#pageSize }),
  });
  readonly #export: CsvExportController = new CsvExportController(this, 'leaderboard');

  constructor() {
    super();
    this.pageSize = DEFAULT_PAGE_SIZE;
    this.page = 1;
  }

  get state(): WidgetState {
    return this.stateOf(this.#leaders, isEmpty);
  }

  get #pageSize(): number {
    return validPageSize(this.pageSize);
  }

  override willUpdate(changed: PropertyValues): void {
    if (['from', 'to', 'endpoint', 'data'].some((key) => changed.has(key)) && !changed.has('page')) {
      this.page = 1;
    }
    if (changed.has('profileHref')) warnUnsafeLink('mission-leaderboard', 'profile-href', this.profileHref);
    // An empty page past the end (customers went away meanwhile): show the last one.
    const last = pageAfterEmptyAnswer(this.data != null, this.#leaders.value, this.page);
    if (last !== undefined) this.page = last;
  }

  /** The page on screen: the server's, or cut here from `data`. */
  #view(value: LeaderboardResponse): Page<LeaderboardEntry> {
    return this.data == null ? value : pageOf(value.items, this.page, this.#pageSize);
  }

  override render() {
    const resource = this.#leaders;
    // The next page is loading: keep the rows, marked busy, rather than flash a skeleton.
    if (resource.state === 'loading' && resource.value !== undefined) {
      return this.#renderReady(resource.value, true);
    }
    return this.renderStates(resource, isEmpty, (value) => this.#renderReady(value, false));
  }

  #renderReady(value: LeaderboardResponse, busy: boolean): TemplateResult {
    const lang = this.locale;
    const view = this.#view(value);
    return html`<div part="base">
      <div part="toolbar" class="toolbar">
        ${renderCsvExport(lang, this.#export, leaderboardText(lang, 'exportWhat'), () => {
          void this.#export.start(this.#csvJob());
        })}
      </div>
      ${renderLeaderboardTable({
        lang,
        caption: leaderboardText(lang, 'caption', { period: this.periodText() }),
        entries: view.items,
        busy,
        profileHref: (id) => linkFromTemplate(this.profileHref, id),
        onProfile: (id) => this.emit('customer-select', { id }),
      })}
      ${renderLeaderboardPager(lang, view, this.#pageSize, (change) => Object.assign(this, change))}
    </div>`;
  }

  /** Every row: from `data` at once, else fetched page by page. */
  #csvJob(): CsvJob {
    const lang = this.locale;
    const { from, to } = this.period;
    return pagedCsvJob({
      source: this.sourceFor(this.data, 'leaderboard'),
      resource: 'leaderboard',
      schema: leaderboardResponse,
      maxPages: LEADERBOARD_EXPORT_MAX_PAGES,
      keyOf: (entry) => entry.customer.id,
      held: () => this.#leaders.value?.items ?? [],
      file: (entries): CsvFile => ({
        filename: `leaderboard-${from}-${to}.csv`,
        header: [
          leaderboardText(lang, 'columnRank'),
          leaderboardText(lang, 'csvCustomerId'),
          leaderboardText(lang, 'csvName'),
          leaderboardText(lang, 'columnTotal'),
          ...MISSION_TYPES.map((type) => this.msg(`type_${type}`)),
        ],
        rows: entries.map(leaderboardCsvRow),
      }),
    });
  }
}

function isEmpty(value: LeaderboardResponse): boolean {
  return value.items.length === 0;
}
