import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AudienceResponse } from '../src/data/contract.js';
import type { MissionAudienceChart } from '../src/mission-audience-chart/index.js';
import { audienceFixture, emptyAudienceFixture } from '../test/fixtures/audience.js';
import { STORY_API } from './mock-api.js';
import { fixturePeriod, readOnlyArgTypes, widgetArgTypes, type WidgetArgs } from './story-args.js';

interface AudienceArgs extends WidgetArgs {
  /** `dimension` attribute. */
  dimension?: string;
  /** `view` attribute: `chart` or the accessible data `table`. */
  view?: 'chart' | 'table';
  /** `data` property: the `audience` resource; when set, nothing is fetched. */
  data?: AudienceResponse;
}

const meta = {
  title: 'Widgets/mission-audience-chart',
  component: 'mission-audience-chart',
  tags: ['autodocs'],
  args: { ...fixturePeriod, dimension: 'instagram' },
  argTypes: {
    ...widgetArgTypes,
    ...readOnlyArgTypes(),
    data: { control: 'object', description: 'The `audience` resource as data: nothing is fetched.' },
    dimension: {
      control: 'inline-radio',
      options: ['instagram', 'tiktok', 'age', 'facebook'],
      description: '`instagram` (default), `tiktok` or `age`; anything else is an error (try `facebook`).',
    },
    view: {
      control: 'inline-radio',
      options: ['chart', 'table'],
      description: '`chart` (default) or `table`: the accessible data-table view of the same figures.',
    },
  },
  render: (args) =>
    html`<mission-audience-chart
      endpoint=${ifDefined(args.endpoint)}
      from=${ifDefined(args.from)}
      to=${ifDefined(args.to)}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      dimension=${ifDefined(args.dimension)}
      view=${ifDefined(args.view)}
      .data=${args.data}
    ></mission-audience-chart>`,
  parameters: {
    docs: {
      description: {
        component:
          'Engaged customers by Instagram followers, TikTok followers or age, with the unknown share as a separate dashed bar. Shares are of all engaged customers, unknown included. One `audience` request serves every dimension. Keyboard: Tab to the chart, arrow keys move across brackets, Escape hides the tooltip. Requests go to an in-browser story API (`stories/mock-api.ts`).',
      },
    },
  },
} satisfies Meta<AudienceArgs>;

export default meta;
type Story = StoryObj<AudienceArgs>;

/** Instagram followers, from `data`: nothing is fetched. */
export const Instagram: Story = { args: { data: audienceFixture() } };

/** TikTok followers: more than half unknown. */
export const TikTok: Story = { args: { data: audienceFixture(), dimension: 'tiktok' } };

/** Age brackets. */
export const Age: Story = { args: { data: audienceFixture(), dimension: 'age' } };

/** The three dimensions side by side from the endpoint: one `audience` request for the three. */
export const ThreeChartsOneRequest: Story = {
  render: (args) =>
    html`${['instagram', 'tiktok', 'age'].map(
      (dimension) =>
        html`<mission-audience-chart
          endpoint=${STORY_API.ok}
          from=${ifDefined(args.from)}
          to=${ifDefined(args.to)}
          lang=${ifDefined(args.lang)}
          theme=${ifDefined(args.theme)}
          dimension=${dimension}
        ></mission-audience-chart>`,
    )}`,
};

/** The data-table view. */
export const TableView: Story = { args: { data: audienceFixture(), dimension: 'age', view: 'table' } };

/** The tooltip of the focused bracket (keyboard: Tab to the chart, then arrow keys). */
export const KeyboardTooltip: Story = {
  args: { data: audienceFixture() },
  play: async ({ canvasElement }) => {
    const chart = canvasElement.querySelector<MissionAudienceChart>('mission-audience-chart')!;
    await waitFor(() => expect(chart.state).toBe('ready'));
    await chart.updateComplete;
    chart.shadowRoot!.querySelector<HTMLElement>('[part~="plot"]')!.focus();
    await waitFor(() =>
      expect(chart.shadowRoot!.querySelector('[part~="tooltip"]')!.matches(':popover-open')).toBe(true),
    );
  },
};

/** An unknown `dimension`: a clear error, not a fallback. */
export const UnknownDimension: Story = { args: { data: audienceFixture(), dimension: 'facebook' } };

/** The request is pending. */
export const Loading: Story = { args: { endpoint: STORY_API.slow } };

/** No engaged customer in the period. */
export const Empty: Story = { args: { endpoint: STORY_API.empty } };

/** Empty, from `data`. */
export const EmptyFromData: Story = { args: { data: emptyAudienceFixture() } };

/** The server answers 500 with `application/problem+json`. */
export const ServerError: Story = { args: { endpoint: STORY_API.error } };

/** The answer does not match the contract (a negative count): the field is named. */
export const InvalidPayload: Story = { args: { endpoint: STORY_API.invalid, dimension: 'age' } };

/** Fails first; Retry recovers. */
export const Flaky: Story = { args: { endpoint: STORY_API.flaky } };

/** Neither `endpoint` nor `data`. */
export const Idle: Story = {};

/** Dark theme. */
export const Dark: Story = { args: { data: audienceFixture(), theme: 'dark' }, globals: { theme: 'dark' } };

/** The table in the dark theme. */
export const DarkTable: Story = {
  args: { data: audienceFixture(), theme: 'dark', view: 'table' },
  globals: { theme: 'dark' },
};

/** `lang="fr"` on the element: "1 k–10 k", "Inconnu". */
export const French: Story = { args: { data: audienceFixture(), lang: 'fr' } };

/** Age in French, from the page, from the endpoint. */
export const FrenchAgeFromPage: Story = {
  args: { endpoint: STORY_API.ok, dimension: 'age' },
  globals: { lang: 'fr' },
};
