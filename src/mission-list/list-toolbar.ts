// The list's type filter and the CSV file it exports, kept apart so the element holds only state.
import { html, type TemplateResult } from 'lit';
import { MISSION_TYPES, type Mission, type MissionType } from '../data/contract.js';
import type { CsvFile } from '../base/csv-export.js';
import { t, type Lang } from '../format/messages.js';
import { listText } from './messages.js';

/** The mission type `<select>` (part `type-filter`), "All types" first. */
export function renderTypeFilter(
  lang: Lang,
  type: MissionType | undefined,
  onFilter: (value: string) => void,
): TemplateResult {
  return html`<label class="filter"
    >${listText(lang, 'filterLabel')}
    <select part="type-filter" @change=${(e: Event) => onFilter((e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${type === undefined}>${listText(lang, 'filterAll')}</option>
      ${MISSION_TYPES.map(
        (option) =>
          html`<option value=${option} ?selected=${option === type}>${t(lang, `type_${option}`)}</option>`,
      )}
    </select></label
  >`;
}

/** The exported file: `missions-{from}-{to}.csv`, its header in the widget's language. */
export function missionsCsv(lang: Lang, from: string, to: string, missions: readonly Mission[]): CsvFile {
  return {
    filename: `missions-${from}-${to}.csv`,
    header: [
      listText(lang, 'csvId'),
      listText(lang, 'filterLabel'),
      listText(lang, 'csvTitle'),
      listText(lang, 'csvDescription'),
      listText(lang, 'csvValidations'),
    ],
    rows: missions.map((m) => [m.id, t(lang, `type_${m.type}`), m.title, m.description, m.validations]),
  };
}
