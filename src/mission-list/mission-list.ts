import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import {
  MISSION_SORTS,
  MISSION_TYPES,
  missionsResponse,
  type Mission,
  type MissionSort,
  type MissionType,
  type MissionsResponse,
} from '../data/contract.js';
import { ResourceController } from '../data/resource-controller.js';
import { MissionElement, type WidgetState } from '../base/mission-element.js';
import {
  DEFAULT_PAGE_SIZE,
  PAGE_SIZES,
  pageAfterEmptyAnswer,
  pagedCsvJob,
  renderPager,
  validPageSize,
  warnUnsafeLink,
} from '../base/paged-table.js';
import { typeIconStyles } from '../base/type-icon.js';
import { queryMissions, selectMissions } from '../metrics/missions.js';
import type { Page } from '../metrics/paging.js';
import { linkFromTemplate } from '../metrics/link-template.js';
import { sharedStyles, tokens } from '../theme/tokens.js';
import { paginationStyles, tableStyles, typeColorStyles } from '../theme/shared-parts.js';
import { CsvExportController, csvExportStyles, renderCsvExport, type CsvJob } from '../base/csv-export.js';
import { renderMissionTable } from './mission-table.js';
import { missionsCsv, renderTypeFilter } from './list-toolbar.js';
import { rowActionStyles } from '../base/row-action.js';
import { listText } from './messages.js';
import { listStyles } from './mission-list.styles.js';

export { PAGE_SIZES };
/** At most 200 pages of 100 missions are exported (20,000 missions). */
export const MISSION_EXPORT_MAX_PAGES = 200;

/**
 * The missions of the period with their popularity (validations in the
 * period): filter by type, sort by popularity, pages, CSV export.
 *
 * From an endpoint, `type`, `sort`, `page` and `pageSize` are query
 * parameters of `missions` and the server does the work; from `data` (every
 * mission in one `MissionsResponse`) they run in the browser. While a page
 * loads the current rows stay, marked `aria-busy`.
 *
 * The CSV export holds what the table shows with its filter and sort, every
 * page (fetched 100 rows at a time, at most 200 pages); its header row is in
 * the widget's language.
 *
 * @summary Table of missions with type filter, popularity sort, pagination and CSV export.
 * @tag mission-list
 *
 * @fires mission-select - A row's details control was activated. Detail: `{ id }`. Cancelable: `preventDefault()` keeps a `detail-href` link from being followed.
 * @fires data-error - The missions (or an export page) could not be loaded or did not match the contract. Detail: `{ status, message, resource, kind }`.
 *
 * @csspart base - The wrapper of every state.
 * @csspart status - The loading, empty, idle or error box.
 * @csspart error-title - The error's title, by kind of failure.
 * @csspart error-message - The error's readable message.
 * @csspart retry-button - The button that asks again after an error.
 * @csspart toolbar - The bar holding the filter and the export.
 * @csspart type-filter - The mission type `<select>`.
 * @csspart table - The table (`aria-busy` while the next page loads).
 * @csspart sort-button - The popularity header button that toggles the sort.
 * @csspart row - One mission's row (with `data-id`).
 * @csspart type-icon - A mission type's icon (with `data-type`).
 * @csspart type - A mission type's name.
 * @csspart title - A mission's title.
 * @csspart description - A mission's description.
 * @csspart popularity - A mission's validations in the period.
 * @csspart detail - The details link or button of a row.
 * @csspart pagination - The pagination bar.
 * @csspart page-previous - The previous page button.
 * @csspart page-next - The next page button.
 * @csspart page-size - The rows per page `<select>`.
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
 * @cssprop --mission-color-text - Text colour.
 * @cssprop --mission-color-muted - Secondary text colour (descriptions, headers).
 * @cssprop --mission-color-border - Row separators.
 * @cssprop --mission-color-negative - Colour of error titles.
 * @cssprop --mission-color-focus - Focus ring and details links.
 * @cssprop --mission-font-family - Font.
 */
export class MissionList extends MissionElement {
  static override styles = [
    tokens,
    sharedStyles,
    typeColorStyles,
    tableStyles,
    paginationStyles,
    typeIconStyles,
    csvExportStyles,
    rowActionStyles,
    listStyles,
  ];

  static override properties: PropertyDeclarations = {
    ...MissionElement.properties,
    data: { attribute: false },
    type: { type: String, reflect: true },
    sort: { type: String, reflect: true },
    pageSize: { type: Number, attribute: 'page-size', reflect: true },
    detailHref: { type: String, attribute: 'detail-href' },
    page: { type: Number },
  };

  /** Every mission as one `missions` response: when set, nothing is fetched and filter, sort and pages run here. */
  declare data: MissionsResponse | undefined;
  /** The type filter: `classic`, `content`, `review` or `engagement`; unset shows every type. */
  declare type: MissionType | undefined;
  /** `popularity-desc` (default) or `popularity-asc`. */
  declare sort: MissionSort;
  /** Rows per page: 10, 20 (default), 50 or 100. */
  declare pageSize: number;
  /** Link template of the details control, e.g. `/missions/{id}` (id URL-encoded; http(s) or relative only). */
  declare detailHref: string | undefined;
  /** The page shown, from 1. Changing the filter, sort or period goes back to 1. */
  declare page: number;

  readonly #missions = new ResourceController(this, {
    resource: 'missions',
    schema: missionsResponse,
    source: () =>
      this.sourceFor(this.data, 'missions', { ...this.#query, page: this.page, pageSize: this.#pageSize }),
  });
  readonly #export: CsvExportController = new CsvExportController(this, 'missions');

  constructor() {
    super();
    this.sort = 'popularity-desc';
    this.pageSize = DEFAULT_PAGE_SIZE;
    this.page = 1;
  }

  get state(): WidgetState {
    return this.stateOf(this.#missions, (value) => this.#isEmpty(value));
  }

  get #type(): MissionType | undefined {
    return MISSION_TYPES.find((type) => type === this.type);
  }

  get #sort(): MissionSort {
    return MISSION_SORTS.find((sort) => sort === this.sort) ?? 'popularity-desc';
  }

  /** The filter and sort, as the `missions` query has them. */
  get #query(): { type: MissionType | undefined; sort: MissionSort } {
    return { type: this.#type, sort: this.#sort };
  }

  get #pageSize(): number {
    return validPageSize(this.pageSize);
  }

  #isEmpty(value: MissionsResponse): boolean {
    // A type filter without missions keeps the table (and its filter) on screen.
    return value.items.length === 0 && (this.data != null || this.#type === undefined);
  }

  override willUpdate(changed: PropertyValues): void {
    if (['type', 'sort', 'from', 'to', 'endpoint', 'data'].some((key) => changed.has(key))) {
      if (!changed.has('page')) this.page = 1;
    }
    if (changed.has('detailHref')) warnUnsafeLink('mission-list', 'detail-href', this.detailHref);
    // The server answered an empty page past the end (rows went away): show its last page.
    const last = pageAfterEmptyAnswer(this.data != null, this.#missions.value, this.page);
    if (last !== undefined) this.page = last;
  }

  /** The page on screen: the server's, or computed here from `data`. */
  #view(value: MissionsResponse): Page<Mission> {
    if (this.data == null) return value;
    return queryMissions(value.items, { ...this.#query, page: this.page, pageSize: this.#pageSize });
  }

  override render() {
    const resource = this.#missions;
    // The next page is loading: keep the rows, marked busy, rather than flash a skeleton.
    if (resource.state === 'loading' && resource.value !== undefined)
      return this.#renderReady(resource.value, true);
    return this.renderStates(
      resource,
      (v) => this.#isEmpty(v),
      (v) => this.#renderReady(v, false),
    );
  }

  #renderReady(value: MissionsResponse, busy: boolean): TemplateResult {
    const lang = this.locale;
    const view = this.#view(value);
    const type = this.#type;
    return html`<div part="base">
      <div part="toolbar" class="toolbar">
        ${renderTypeFilter(lang, type, (option) => this.#filter(option))}
        ${renderCsvExport(lang, this.#export, listText(lang, 'exportWhat'), () => void this.#export.start(this.#csvJob()))}
      </div>
      ${renderMissionTable({
        lang,
        caption: listText(lang, 'caption', { period: this.periodText() }),
        missions: view.items,
        sort: this.#sort,
        busy,
        noRows: listText(lang, 'noneOfType', { type: type ? this.msg(`type_${type}`) : '' }),
        onSort: () => (this.sort = this.#sort === 'popularity-desc' ? 'popularity-asc' : 'popularity-desc'),
        detailHref: (id) => linkFromTemplate(this.detailHref, id),
        onDetail: (id) => this.emit('mission-select', { id }),
      })}
      ${renderPager(lang, view, this.#pageSize, (change) => Object.assign(this, change))}
    </div>`;
  }

  #filter(value: string): void {
    this.type = MISSION_TYPES.find((type) => type === value);
  }

  /** What the table shows, every page: from `data` at once, else fetched page by page. */
  #csvJob(): CsvJob {
    const lang = this.locale;
    const { from, to } = this.period;
    const query = this.#query;
    return pagedCsvJob({
      source: this.sourceFor(this.data, 'missions', query),
      resource: 'missions',
      schema: missionsResponse,
      maxPages: MISSION_EXPORT_MAX_PAGES,
      keyOf: (mission) => mission.id,
      held: () => selectMissions(this.#missions.value?.items ?? [], query),
      file: (missions) => missionsCsv(lang, from, to, missions),
    });
  }
}
