import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { MissionSort, MissionType, MissionsResponse } from '../src/data/contract.js';
import { MISSIONS, emptyMissionsFixture, missionsFixture } from '../test/fixtures/missions.js';
// Registers the element (also registered by src/index.ts once it lists it).
import '../src/mission-list/index.js';
import { STORY_API } from './mock-api.js';
import { fixturePeriod, readOnlyArgTypes, widgetArgTypes, type WidgetArgs } from './story-args.js';

interface ListArgs extends WidgetArgs {
  /** `data` property: every mission; when set, nothing is fetched. */
  data?: MissionsResponse;
  type?: MissionType;
  sort?: MissionSort;
  pageSize?: number;
  detailHref?: string;
}

const XSS = `<img src=x onerror=alert(1)><script>alert(1)</script>`;

const meta = {
  title: 'Widgets/mission-list',
  component: 'mission-list',
  tags: ['autodocs'],
  args: { ...fixturePeriod },
  argTypes: {
    ...widgetArgTypes,
    ...readOnlyArgTypes('page'),
    data: { control: 'object', description: 'Every mission as one `missions` response: nothing is fetched.' },
    type: {
      control: 'select',
      options: [undefined, 'classic', 'content', 'review', 'engagement'],
      description: 'Type filter; unset shows every type.',
    },
    sort: { control: 'inline-radio', options: ['popularity-desc', 'popularity-asc'] },
    pageSize: { control: 'select', options: [10, 20, 50, 100], description: '`page-size` attribute.' },
    detailHref: { control: 'text', description: '`detail-href` link template, e.g. `/missions/{id}`.' },
  },
  render: (args) =>
    html`<mission-list
      endpoint=${ifDefined(args.endpoint)}
      from=${ifDefined(args.from)}
      to=${ifDefined(args.to)}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      type=${ifDefined(args.type)}
      sort=${ifDefined(args.sort)}
      page-size=${ifDefined(args.pageSize)}
      detail-href=${ifDefined(args.detailHref)}
      .data=${args.data}
    ></mission-list>`,
  parameters: {
    docs: {
      description: {
        component:
          'Missions of the period with their popularity (validations in the period): type filter, popularity sort, pages, a details control per row and a CSV export of every page. From an endpoint the filter, sort and page are query parameters of `missions`; from `data` they run in the browser. Requests go to an in-browser story API (`stories/mock-api.ts`).',
      },
    },
  },
} satisfies Meta<ListArgs>;

export default meta;
type Story = StoryObj<ListArgs>;

/** Ready, from `data` (every mission): filter, sort and pages run in the browser. */
export const FromData: Story = { args: { data: missionsFixture(), pageSize: 10 } };

/** Ready, from `{endpoint}/missions?type&sort&page&pageSize`. */
export const FromEndpoint: Story = {
  args: { endpoint: STORY_API.ok, pageSize: 10 },
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('mission-list')!;
    await waitFor(() => expect(list.state).toBe('ready'));
    const sort = list.shadowRoot!.querySelector<HTMLButtonElement>('[part~="sort-button"]')!;
    await userEvent.click(sort);
    await waitFor(() => expect(list.sort).toBe('popularity-asc'));
  },
};

/** Three rows per page: the pagination moves through the nine missions, asking the server each time. */
export const Paged: Story = { args: { endpoint: STORY_API.ok, pageSize: 3 } };

/** `type="review"`, least popular first. */
export const FilteredAndAscending: Story = {
  args: { data: missionsFixture(), type: 'review', sort: 'popularity-asc' },
};

/** A type without missions: the filter stays, the table says so. */
export const TypeWithoutMission: Story = {
  args: { data: missionsFixture(MISSIONS.filter((m) => m.type !== 'engagement')), type: 'engagement' },
};

/** `detail-href="/missions/{id}"`: each details control is a real link (the event still fires). */
export const DetailLinks: Story = { args: { data: missionsFixture(), detailHref: '/missions/{id}' } };

/** Titles and descriptions are user-written: markup stays text. */
export const UserTextStaysText: Story = {
  args: {
    data: missionsFixture([{ id: 'x', type: 'content', title: XSS, description: XSS, validations: 12 }]),
  },
};

/** The request is pending (this endpoint never answers; after 15 s the widget reports a timeout). */
export const Loading: Story = { args: { endpoint: STORY_API.slow } };

/** No mission at all. */
export const Empty: Story = { args: { endpoint: STORY_API.empty } };

/** Empty, from `data`. */
export const EmptyFromData: Story = { args: { data: emptyMissionsFixture() } };

/** The server answers 500 with `application/problem+json`: its `detail` is shown, with a retry button. */
export const ServerError: Story = { args: { endpoint: STORY_API.error } };

/** The answer does not match the contract (an unknown mission type): the field is named. */
export const InvalidPayload: Story = { args: { endpoint: STORY_API.invalid } };

/** Fails, then the retry button recovers. */
export const Flaky: Story = { args: { endpoint: STORY_API.flaky } };

/** Neither `endpoint` nor `data`. */
export const Idle: Story = {};

/** Dark theme. */
export const Dark: Story = {
  args: { data: missionsFixture(), theme: 'dark' },
  globals: { theme: 'dark' },
};

/** The error state in the dark theme. */
export const DarkError: Story = {
  args: { endpoint: STORY_API.error, theme: 'dark' },
  globals: { theme: 'dark' },
};

/** `lang="fr"`: labels, numbers, dates and the CSV header in French. */
export const French: Story = { args: { data: missionsFixture(), lang: 'fr' } };

/** French, from the endpoint and the page's language. */
export const FrenchFromPage: Story = { args: { endpoint: STORY_API.ok }, globals: { lang: 'fr' } };
