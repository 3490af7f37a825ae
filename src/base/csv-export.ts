/**
 * CSV export of a table widget, shared by `<mission-list>` and
 * `<mission-leaderboard>`: a job (which may fetch many pages), its progress,
 * cancel, errors (shown and fired as `data-error`) and the download.
 *
 * Written to move to `src/base/` as is (it only uses shared modules).
 */
import { css, html, nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import { MissionDataError, isAbortError } from '../data/errors.js';
import { PageLimitError, type PageProgress } from '../data/fetch-all-pages.js';
import type { DataErrorDetail } from '../data/resource-controller.js';
import { downloadCsv, toCsv, type CsvCell } from '../format/csv.js';
import { formatCount } from '../format/format.js';
import { defineMessages, type Lang } from '../format/messages.js';

export const csvExportText = defineMessages(
  {
    exportCsv: 'Export CSV',
    exportCsvLabel: 'Export CSV: {what}',
    cancelExport: 'Cancel export',
    preparing: 'Preparing the export…',
    progress: 'Exporting page {page} of {pages}',
    progressLabel: 'Export progress',
    done: 'Exported {rows} rows.',
    cancelled: 'Export cancelled.',
    failed: 'The export failed: {message}',
    tooManyPages:
      'The export failed: {pages} pages, more than the limit of {maxPages}. Narrow the period or the filter.',
  },
  {
    exportCsv: 'Exporter en CSV',
    exportCsvLabel: 'Exporter en CSV : {what}',
    cancelExport: 'Annuler l’export',
    preparing: 'Préparation de l’export…',
    progress: 'Export de la page {page} sur {pages}',
    progressLabel: 'Avancement de l’export',
    done: '{rows} lignes exportées.',
    cancelled: 'Export annulé.',
    failed: 'L’export a échoué : {message}',
    tooManyPages:
      'L’export a échoué : {pages} pages, au-delà de la limite de {maxPages}. Réduisez la période ou filtrez.',
  },
);

/** A CSV document to download. */
export interface CsvFile {
  filename: string;
  header: string[];
  rows: CsvCell[][];
}

/** Builds the file; reports each page fetched; stops when `signal` aborts. */
export type CsvJob = (signal: AbortSignal, onProgress: (progress: PageProgress) => void) => Promise<CsvFile>;

export type CsvExportState =
  | { kind: 'idle' }
  | { kind: 'running'; progress: PageProgress | undefined }
  | { kind: 'done'; rows: number }
  | { kind: 'cancelled' }
  | { kind: 'error'; error: MissionDataError };

type Host = LitElement;

/**
 * Runs one export at a time for its host, which re-renders on each change.
 * Leaving the page cancels a running export.
 */
export class CsvExportController implements ReactiveController {
  readonly #host: Host;
  readonly #resource: string;
  #abort: AbortController | undefined;
  state: CsvExportState = { kind: 'idle' };

  constructor(host: Host, resource: string) {
    this.#host = host;
    this.#resource = resource;
    host.addController(this);
  }

  get running(): boolean {
    return this.state.kind === 'running';
  }

  async start(job: CsvJob): Promise<void> {
    if (this.running) return;
    const abort = new AbortController();
    this.#abort = abort;
    this.#set({ kind: 'running', progress: undefined });
    await this.#focus('export-cancel');
    try {
      const file = await job(abort.signal, (progress) => {
        if (!abort.signal.aborted) this.#set({ kind: 'running', progress });
      });
      abort.signal.throwIfAborted();
      downloadCsv(file.filename, toCsv(file.header, file.rows));
      this.#set({ kind: 'done', rows: file.rows.length });
    } catch (error) {
      if (abort.signal.aborted || isAbortError(error)) this.#set({ kind: 'cancelled' });
      else this.#fail(error);
    } finally {
      this.#abort = undefined;
    }
    await this.#focus('csv-button');
  }

  cancel(): void {
    this.#abort?.abort();
  }

  hostConnected(): void {
    // Nothing to do: an export starts from a click only.
  }

  hostDisconnected(): void {
    this.cancel();
  }

  #set(state: CsvExportState): void {
    this.state = state;
    this.#host.requestUpdate();
  }

  #fail(error: unknown): void {
    const resource = this.#resource;
    const dataError =
      error instanceof MissionDataError
        ? error
        : new MissionDataError('invalid', `${resource}: ${String(error)}`, 0, resource);
    this.#set({ kind: 'error', error: dataError });
    const detail: DataErrorDetail = {
      status: dataError.status,
      message: dataError.message,
      resource,
      kind: dataError.kind,
    };
    this.#host.dispatchEvent(new CustomEvent('data-error', { detail, bubbles: true, composed: true }));
  }

  /**
   * Keeps keyboard focus in the export controls: the export button is disabled
   * while running (focus goes to Cancel) and Cancel disappears at the end (focus
   * comes back), but only when focus was on them, never stolen from elsewhere.
   */
  async #focus(part: 'export-cancel' | 'csv-button'): Promise<void> {
    const root = this.#host.renderRoot as ShadowRoot;
    const focused = root.activeElement?.getAttribute('part') ?? '';
    const inControls = /\b(csv-button|export-cancel)\b/.test(focused);
    await this.#host.updateComplete;
    if (inControls) root.querySelector<HTMLElement>(`[part~="${part}"]`)?.focus();
  }
}

function statusText(lang: Lang, state: CsvExportState): string {
  switch (state.kind) {
    case 'idle':
      return '';
    case 'running':
      return state.progress
        ? csvExportText(lang, 'progress', {
            page: formatCount(lang, state.progress.page),
            pages: formatCount(lang, state.progress.pages),
          })
        : csvExportText(lang, 'preparing');
    case 'done':
      return csvExportText(lang, 'done', { rows: formatCount(lang, state.rows) });
    case 'cancelled':
      return csvExportText(lang, 'cancelled');
    case 'error':
      return '';
  }
}

function errorText(lang: Lang, error: MissionDataError): string {
  return error instanceof PageLimitError
    ? csvExportText(lang, 'tooManyPages', {
        pages: formatCount(lang, error.pages),
        maxPages: formatCount(lang, error.maxPages),
      })
    : csvExportText(lang, 'failed', { message: error.message });
}

/**
 * The export button, and while running a progress bar, "Exporting page 12 of
 * 1,000" (a polite status) and Cancel; an error is an alert. Parts:
 * `csv-button`, `export-progress`, `export-status`, `export-cancel`, `export-error`.
 */
export function renderCsvExport(
  lang: Lang,
  controller: CsvExportController,
  what: string,
  onExport: () => void,
): TemplateResult {
  const state = controller.state;
  const progress = state.kind === 'running' ? state.progress : undefined;
  return html`<div class="export">
    <button
      part="csv-button"
      type="button"
      aria-label=${csvExportText(lang, 'exportCsvLabel', { what })}
      ?disabled=${state.kind === 'running'}
      @click=${onExport}
    >
      ${csvExportText(lang, 'exportCsv')}
    </button>
    ${
      progress
        ? html`<progress
            part="export-progress"
            max=${progress.pages}
            .value=${progress.page}
            aria-label=${csvExportText(lang, 'progressLabel')}
          ></progress>`
        : nothing
    }
    <span part="export-status" class="export-status" role="status">${statusText(lang, state)}</span>
    ${
      state.kind === 'running'
        ? html`<button part="export-cancel" type="button" @click=${() => controller.cancel()}>
            ${csvExportText(lang, 'cancelExport')}
          </button>`
        : nothing
    }
    ${
      state.kind === 'error'
        ? html`<span part="export-error" class="export-error" role="alert"
            >${errorText(lang, state.error)}</span
          >`
        : nothing
    }
  </div>`;
}

export const csvExportStyles = css`
  .export {
    display: inline-flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: center;
  }
  .export-error {
    color: var(--_negative);
  }
`;
