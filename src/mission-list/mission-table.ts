/** The rows and header of `<mission-list>`'s table, as pure template functions. */
import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Mission, MissionSort } from '../data/contract.js';
import { renderTypeIcon } from '../base/type-icon.js';
import { formatCount } from '../format/format.js';
import { t, type Lang } from '../format/messages.js';
import { listText } from './messages.js';
import { renderRowAction } from '../base/row-action.js';

export interface MissionTableOptions {
  lang: Lang;
  caption: string;
  missions: readonly Mission[];
  sort: MissionSort;
  busy: boolean;
  /** Shown in the body when there is no row (a type filter with no mission). */
  noRows: string;
  onSort: () => void;
  detailHref: (id: string) => string | undefined;
  onDetail: (id: string) => boolean;
}

export function renderMissionTable(options: MissionTableOptions): TemplateResult {
  const { lang, sort, missions } = options;
  const descending = sort === 'popularity-desc';
  return html`<table part="table" aria-busy=${options.busy ? 'true' : 'false'}>
    <caption>
      ${options.caption}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t(lang, 'columnType')}</th>
        <th scope="col" class="text">${listText(lang, 'columnMission')}</th>
        <th scope="col" aria-sort=${descending ? 'descending' : 'ascending'}>
          <button part="sort-button" type="button" @click=${options.onSort}>
            ${listText(lang, 'columnPopularity')}<span aria-hidden="true">${descending ? '▼' : '▲'}</span>
          </button>
        </th>
        <th scope="col"><span class="sr-only">${listText(lang, 'columnDetails')}</span></th>
      </tr>
    </thead>
    <tbody>
      ${
        missions.length === 0
          ? html`<tr>
              <td class="none" colspan="4">${options.noRows}</td>
            </tr>`
          : repeat(
              missions,
              (mission) => mission.id,
              (mission) => renderMissionRow(mission, options),
            )
      }
    </tbody>
  </table>`;
}

function renderMissionRow(mission: Mission, options: MissionTableOptions): TemplateResult {
  const { lang } = options;
  // An untitled mission is still named by its id, never "Details of ".
  const name = mission.title.trim() || mission.id;
  return html`<tr part="row" data-id=${mission.id}>
    <td>
      <span class="type-cell" data-type=${mission.type}
        >${renderTypeIcon(mission.type)}<span part="type">${t(lang, `type_${mission.type}`)}</span></span
      >
    </td>
    <th scope="row" class="text">
      <span part="title" class="title">${mission.title}</span>
      <span part="description" class="description">${mission.description}</span>
    </th>
    <td part="popularity">${formatCount(lang, mission.validations)}</td>
    <td>
      ${renderRowAction({
        part: 'detail',
        href: options.detailHref(mission.id),
        label: listText(lang, 'detailsOf', { title: name }),
        activate: () => options.onDetail(mission.id),
      })}
    </td>
  </tr>`;
}
