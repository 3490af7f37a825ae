/** The table of `<mission-leaderboard>`, as pure template functions. */
import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { MISSION_TYPES, type LeaderboardEntry } from '../data/contract.js';
import { renderTypeIcon } from '../base/type-icon.js';
import { formatCount } from '../format/format.js';
import { t, type Lang } from '../format/messages.js';
import { initials, safeAvatar } from '../metrics/leaderboard.js';
import { renderRowAction } from '../base/row-action.js';
import { leaderboardText } from './messages.js';

export interface LeaderboardTableOptions {
  lang: Lang;
  caption: string;
  entries: readonly LeaderboardEntry[];
  busy: boolean;
  profileHref: (id: string) => string | undefined;
  onProfile: (id: string) => boolean;
}

export function renderLeaderboardTable(options: LeaderboardTableOptions): TemplateResult {
  const { lang } = options;
  return html`<table part="table" aria-busy=${options.busy ? 'true' : 'false'}>
    <caption>
      ${options.caption}
    </caption>
    <thead>
      <tr>
        <th scope="col">${leaderboardText(lang, 'columnRank')}</th>
        <th scope="col" class="text">${leaderboardText(lang, 'columnCustomer')}</th>
        <th scope="col">${leaderboardText(lang, 'columnTotal')}</th>
        ${MISSION_TYPES.map(
          (type) =>
            html`<th scope="col">
              <span class="type-head" data-type=${type}
                >${renderTypeIcon(type)}${t(lang, `type_${type}`)}</span
              >
            </th>`,
        )}
        <th scope="col"><span class="sr-only">${leaderboardText(lang, 'columnProfile')}</span></th>
      </tr>
    </thead>
    <tbody>
      ${repeat(
        options.entries,
        (entry) => entry.customer.id,
        (entry) => renderEntry(entry, options),
      )}
    </tbody>
  </table>`;
}

function renderEntry(entry: LeaderboardEntry, options: LeaderboardTableOptions): TemplateResult {
  const { lang } = options;
  const { customer } = entry;
  const avatar = safeAvatar(customer.avatar);
  const name = customer.name.trim() || customer.id;
  return html`<tr part="row" data-id=${customer.id}>
    <td part="rank" class="rank">${formatCount(lang, entry.rank)}</td>
    <th scope="row" class="text">
      <span class="customer"
        >${
          avatar
            ? html`<img
                part="avatar"
                class="avatar"
                src=${avatar}
                alt=""
                width="28"
                height="28"
                loading="lazy"
                referrerpolicy="no-referrer"
              />`
            : html`<span part="avatar initials" class="avatar" aria-hidden="true"
                >${initials(customer.name)}</span
              >`
        }<span part="name" class="name">${customer.name}</span></span
      >
    </th>
    <td part="total" class="total">${formatCount(lang, entry.total)}</td>
    ${MISSION_TYPES.map((type) => html`<td part="count" data-type=${type}>${formatCount(lang, entry.byType[type])}</td>`)}
    <td>
      ${renderRowAction({
        part: 'profile',
        href: options.profileHref(customer.id),
        label: leaderboardText(lang, 'profileOf', { name }),
        activate: () => options.onProfile(customer.id),
      })}
    </td>
  </tr>`;
}
