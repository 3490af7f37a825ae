import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { LeaderboardResponse } from '../src/data/contract.js';
import { LEADERS, emptyLeaderboardFixture, leaderboardFixture } from '../test/fixtures/leaderboard.js';
// Registers the element (also registered by src/index.ts once it lists it).
import '../src/mission-leaderboard/index.js';
import { STORY_API } from './mock-api.js';
import { fixturePeriod, readOnlyArgTypes, widgetArgTypes, type WidgetArgs } from './story-args.js';

interface LeaderboardArgs extends WidgetArgs {
  /** `data` property: every row; when set, nothing is fetched. */
  data?: LeaderboardResponse;
  pageSize?: number;
  profileHref?: string;
}

const XSS = `<img src=x onerror=alert(1)><script>alert(1)</script>`;

const meta = {
  title: 'Widgets/mission-leaderboard',
  component: 'mission-leaderboard',
  tags: ['autodocs'],
  args: { ...fixturePeriod },
  argTypes: {
    ...widgetArgTypes,
    ...readOnlyArgTypes('page'),
    data: { control: 'object', description: 'Every row as one `leaderboard` response: nothing is fetched.' },
    pageSize: { control: 'select', options: [10, 20, 50, 100], description: '`page-size` attribute.' },
    profileHref: { control: 'text', description: '`profile-href` link template, e.g. `/customers/{id}`.' },
  },
  render: (args) =>
    html`<mission-leaderboard
      endpoint=${ifDefined(args.endpoint)}
      from=${ifDefined(args.from)}
      to=${ifDefined(args.to)}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      page-size=${ifDefined(args.pageSize)}
      profile-href=${ifDefined(args.profileHref)}
      .data=${args.data}
    ></mission-leaderboard>`,
  parameters: {
    docs: {
      description: {
        component:
          'The most engaged customers of the period: rank (ties share it), customer, total and counts per type, a profile control per row, pages asked one at a time, and a CSV export of every page with progress and Cancel (cap: 2,000 pages of 100). The story API serves 100,000 generated customers (`stories/mock-api.ts`).',
      },
    },
  },
} satisfies Meta<LeaderboardArgs>;

export default meta;
type Story = StoryObj<LeaderboardArgs>;

/** Ready, from `data`: ties share rank 2; an https avatar, initials otherwise (http and javascript: URLs are not used). */
export const FromData: Story = { args: { data: leaderboardFixture() } };

/** 100,000 customers from `{endpoint}/leaderboard?page&pageSize`: jump to the last page; rows stay (busy) while it loads. */
export const HundredThousandCustomers: Story = {
  args: { endpoint: STORY_API.ok },
  play: async ({ canvasElement }) => {
    const board = canvasElement.querySelector('mission-leaderboard')!;
    await waitFor(() => expect(board.state).toBe('ready'));
    const last = board.shadowRoot!.querySelector<HTMLButtonElement>('[part~="page-last"]')!;
    await userEvent.click(last);
    await waitFor(() => expect(board.page).toBe(5000));
  },
};

/** Export every page: "Exporting page 12 of 1,000", with Cancel (the story API answers in 250 ms per page). */
export const ExportWithProgress: Story = {
  args: { endpoint: STORY_API.ok, pageSize: 100 },
  play: async ({ canvasElement }) => {
    const board = canvasElement.querySelector('mission-leaderboard')!;
    await waitFor(() => expect(board.state).toBe('ready'));
    const exportButton = board.shadowRoot!.querySelector<HTMLButtonElement>('[part~="csv-button"]')!;
    await userEvent.click(exportButton);
    await waitFor(() =>
      expect(board.shadowRoot!.querySelector('[part~="export-status"]')!.textContent).toMatch(/page 2 of/),
    );
  },
};

/** Two rows per page, from `data`: pages are cut in the browser. */
export const PagedFromData: Story = { args: { data: leaderboardFixture(), pageSize: 2 } };

/** `profile-href="/customers/{id}"`: each profile control is a real link, id URL-encoded. */
export const ProfileLinks: Story = { args: { data: leaderboardFixture(), profileHref: '/customers/{id}' } };

/** Names are user-written: markup stays text. */
export const UserTextStaysText: Story = {
  args: {
    data: leaderboardFixture([
      { ...LEADERS[0]!, customer: { id: 'x', name: XSS, avatar: `javascript:alert(1)` } },
    ]),
  },
};

/** The request is pending (this endpoint never answers; after 15 s the widget reports a timeout). */
export const Loading: Story = { args: { endpoint: STORY_API.slow } };

/** Nobody validated a mission. */
export const Empty: Story = { args: { endpoint: STORY_API.empty } };

/** Empty, from `data`. */
export const EmptyFromData: Story = { args: { data: emptyLeaderboardFixture() } };

/** The server answers 500 with `application/problem+json`: its `detail` is shown, with a retry button. */
export const ServerError: Story = { args: { endpoint: STORY_API.error } };

/** The answer does not match the contract (a rank of 0): the field is named. */
export const InvalidPayload: Story = { args: { endpoint: STORY_API.invalid } };

/** Fails, then the retry button recovers. */
export const Flaky: Story = { args: { endpoint: STORY_API.flaky } };

/** Neither `endpoint` nor `data`. */
export const Idle: Story = {};

/** Dark theme. */
export const Dark: Story = {
  args: { data: leaderboardFixture(), theme: 'dark' },
  globals: { theme: 'dark' },
};

/** The error state in the dark theme. */
export const DarkError: Story = {
  args: { endpoint: STORY_API.error, theme: 'dark' },
  globals: { theme: 'dark' },
};

/** `lang="fr"`. */
export const French: Story = { args: { data: leaderboardFixture(), lang: 'fr' } };

/** French, from the endpoint and the page's language. */
export const FrenchFromPage: Story = { args: { endpoint: STORY_API.ok }, globals: { lang: 'fr' } };
