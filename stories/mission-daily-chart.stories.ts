import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { DailyResponse } from '../src/data/contract.js';
import type { MissionDailyChart } from '../src/mission-daily-chart/index.js';
import { dailyFixture, emptyDailyFixture, seededDaily } from '../test/fixtures/daily.js';
import { STORY_API } from './mock-api.js';
import { readOnlyArgTypes, widgetArgTypes, type WidgetArgs } from './story-args.js';

interface DailyArgs extends WidgetArgs {
  /** `data` property: the `daily` resource; when set, nothing is fetched. */
  data?: DailyResponse;
  /** `resolution` attribute: `day`, `week`, `month` or `auto`. */
  resolution?: string;
  /** `view` attribute: `chart` or the accessible data `table`. */
  view?: 'chart' | 'table';
}

/** Period of `seededDaily(90)`, so that endpoint stories and data stories show the same dates. */
const NINETY_DAYS = seededDaily(90);

const meta = {
  title: 'Widgets/mission-daily-chart',
  component: 'mission-daily-chart',
  tags: ['autodocs'],
  args: { from: NINETY_DAYS.from, to: NINETY_DAYS.to },
  argTypes: {
    ...widgetArgTypes,
    ...readOnlyArgTypes('hiddenTypes'),
    data: { control: 'object', description: 'The `daily` resource as data: nothing is fetched.' },
    resolution: {
      control: 'inline-radio',
      options: ['auto', 'day', 'week', 'month', 'year'],
      description:
        '`day`, `week` (ISO, from Monday), `month` or `auto` (days up to 92 days, weeks up to 730, months beyond). Anything else is an error (try `year`).',
    },
    view: {
      control: 'inline-radio',
      options: ['chart', 'table'],
      description: '`chart` (default) or `table`: the accessible data-table view of the same figures.',
    },
  },
  render: (args) =>
    html`<mission-daily-chart
      endpoint=${ifDefined(args.endpoint)}
      from=${ifDefined(args.from)}
      to=${ifDefined(args.to)}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      resolution=${ifDefined(args.resolution)}
      view=${ifDefined(args.view)}
      .data=${args.data}
    ></mission-daily-chart>`,
  parameters: {
    docs: {
      description: {
        component:
          'Validated missions per day, week or month, stacked by type. Hover or focus the plot for a bar’s tooltip (Left/Right, Home/End, PageUp/PageDown move; Escape hides); the legend hides or shows a type; “Data table” lists every bar. Drawn with one path per type, whatever the number of days.',
      },
    },
  },
} satisfies Meta<DailyArgs>;

export default meta;
type Story = StoryObj<DailyArgs>;

async function whenReady(canvasElement: HTMLElement): Promise<MissionDailyChart> {
  const chart = canvasElement.querySelector('mission-daily-chart')!;
  await waitFor(() => expect(chart.state).toBe('ready'));
  await chart.updateComplete;
  return chart;
}

/** 90 days from the `data` property: one bar per day. */
export const NinetyDays: Story = { args: { data: NINETY_DAYS } };

/** One hand-written week; November 4 is missing from the answer and drawn as zero. */
export const OneWeek: Story = { args: { data: dailyFixture() } };

/** 200 days: `auto` draws ISO weeks, the partial first and last ones cut to the period. */
export const Weeks: Story = { args: { data: seededDaily(200, 2) } };

/** Three years: `auto` draws months. */
export const ThreeYearsByMonth: Story = { args: { data: seededDaily(1095, 3) } };

/** Three years with `resolution="day"`: 1,095 bars, still one path per type. */
export const ThreeYearsByDay: Story = { args: { data: seededDaily(1095, 3), resolution: 'day' } };

/** The accessible data-table view (`view="table"`). */
export const TableView: Story = { args: { data: dailyFixture(), view: 'table' } };

/** "Review" hidden through its legend button. */
export const HiddenType: Story = {
  args: { data: NINETY_DAYS },
  play: async ({ canvasElement }) => {
    const chart = await whenReady(canvasElement);
    const review = chart.shadowRoot!.querySelector<HTMLButtonElement>('li[data-type="review"] button')!;
    await userEvent.click(review);
    await expect(chart.hiddenTypes.has('review')).toBe(true);
  },
};

/** The tooltip of the focused bar (keyboard: Tab to the plot, then arrow keys). */
export const KeyboardTooltip: Story = {
  args: { data: dailyFixture() },
  play: async ({ canvasElement }) => {
    const chart = await whenReady(canvasElement);
    chart.shadowRoot!.querySelector<HTMLElement>('[part~="plot"]')!.focus();
    await waitFor(() =>
      expect(chart.shadowRoot!.querySelector('[part~="tooltip"]')!.matches(':popover-open')).toBe(true),
    );
  },
};

/** The request is pending (this endpoint never answers). */
export const Loading: Story = { args: { endpoint: STORY_API.slow } };

/** No validation in the period. */
export const Empty: Story = { args: { data: emptyDailyFixture() } };

/** The server answers 500 with `application/problem+json`: its `detail` is shown, with a retry button. */
export const ServerError: Story = { args: { endpoint: STORY_API.error } };

/** A count sent as a string: the error names the field. */
export const InvalidPayload: Story = {
  args: {
    data: {
      ...dailyFixture(),
      days: [{ date: '2026-11-01', byType: { classic: '3', content: 1, review: 0, engagement: 2 } }],
    } as unknown as DailyResponse,
  },
};

/** `resolution="year"` is not a resolution: a configuration error, not a silent fallback. */
export const UnknownResolution: Story = { args: { data: dailyFixture(), resolution: 'year' } };

/** Neither `endpoint` nor `data`. */
export const Idle: Story = {};

/** Dark theme through the `theme` attribute, on a dark page. */
export const Dark: Story = {
  args: { data: NINETY_DAYS, theme: 'dark' },
  globals: { theme: 'dark' },
};

/** The data table in the dark theme. */
export const DarkTable: Story = {
  args: { data: dailyFixture(), theme: 'dark', view: 'table' },
  globals: { theme: 'dark' },
};

/** `lang="fr"` on the element. */
export const French: Story = { args: { data: seededDaily(200, 2), lang: 'fr' } };

/** The table in French, its language taken from the page. */
export const FrenchTableFromPage: Story = {
  args: { data: dailyFixture(), view: 'table' },
  globals: { lang: 'fr' },
};
