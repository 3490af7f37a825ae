import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { MissionDetailResponse } from '../src/data/contract.js';
import { DETAIL_PERIOD, missionDetailFixture } from '../test/fixtures/mission-detail.js';
import { seededDaily } from '../test/fixtures/daily.js';
import { STORY_API } from './mock-api.js';
import { readOnlyArgTypes, widgetArgTypes, type WidgetArgs } from './story-args.js';

interface DetailArgs extends WidgetArgs {
  /** `mission-id` attribute. */
  missionId?: string;
  /** `data` property: the `missions/{id}` resource; when set, nothing is fetched. */
  data?: MissionDetailResponse;
  /** `view` attribute: `chart` or the series as a data `table`. */
  view?: 'chart' | 'table';
}

const meta = {
  title: 'Widgets/mission-detail',
  component: 'mission-detail',
  tags: ['autodocs'],
  args: { ...DETAIL_PERIOD },
  argTypes: {
    ...widgetArgTypes,
    ...readOnlyArgTypes(),
    missionId: {
      control: 'text',
      description: 'Id of the mission: `{endpoint}/missions/{id}` (URL-encoded).',
    },
    data: { control: 'object', description: 'The `missions/{id}` resource as data: nothing is fetched.' },
    view: {
      control: 'inline-radio',
      options: ['chart', 'table'],
      description: '`chart` (default) or `table`.',
    },
  },
  render: (args) =>
    html`<mission-detail
      endpoint=${ifDefined(args.endpoint)}
      mission-id=${ifDefined(args.missionId)}
      from=${ifDefined(args.from)}
      to=${ifDefined(args.to)}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      view=${ifDefined(args.view)}
      .data=${args.data}
    ></mission-detail>`,
  parameters: {
    docs: {
      description: {
        component:
          'One mission’s statistics over the period: type, title, description, validations and distinct customers with their variation, and its validations per day (week or month for long periods). The resource has no period of its own: set `from` and `to` to the period of the data.',
      },
    },
  },
} satisfies Meta<DetailArgs>;

export default meta;
type Story = StoryObj<DetailArgs>;

/** Half a year of one mission: the series is drawn by week. */
function halfYear(): MissionDetailResponse {
  const daily = seededDaily(181, 5, '2026-11-30');
  return missionDetailFixture({
    current: { validations: 2140, customers: 1312 },
    previous: { validations: 2480, customers: 1290 },
    days: daily.days.map((day) => ({ date: day.date, validations: day.byType.review })),
  });
}

/** Ready, from the `data` property: one week, three days without validation. */
export const FromData: Story = { args: { data: missionDetailFixture() } };

/** Half a year: weekly bars. */
export const HalfYear: Story = { args: { data: halfYear(), from: '2026-06-03', to: '2026-11-30' } };

/** The series as a data table. */
export const TableView: Story = { args: { data: missionDetailFixture(), view: 'table' } };

/** An inactive mission without validations this period. */
export const InactiveWithoutValidations: Story = {
  args: {
    data: {
      ...missionDetailFixture({ current: { validations: 0, customers: 0 }, days: [] }),
      mission: { ...missionDetailFixture().mission, active: false },
    },
  },
};

/** User-written texts with markup are shown as text. */
export const MarkupInTexts: Story = {
  args: {
    data: {
      ...missionDetailFixture(),
      mission: {
        ...missionDetailFixture().mission,
        title: '<img src=x onerror=alert(1)> Rate a <b>product</b>',
        description: 'Line one\n<script>alert(1)</script> line two',
      },
    },
  },
};

/** The request is pending (this endpoint never answers). */
export const Loading: Story = { args: { endpoint: STORY_API.slow, missionId: 'm3' } };

/** A 404 problem: its detail is shown. */
export const NotFound: Story = { args: { endpoint: STORY_API.ok, missionId: 'm404' } };

/** The server answers 500 with `application/problem+json`. */
export const ServerError: Story = { args: { endpoint: STORY_API.error, missionId: 'm3' } };

/** A count sent as a string: the error names the field. */
export const InvalidPayload: Story = {
  args: {
    data: {
      ...missionDetailFixture(),
      current: { validations: '23', customers: 19 },
    } as unknown as MissionDetailResponse,
  },
};

/** An endpoint but no `mission-id`: says what is missing. */
export const NoMissionId: Story = { args: { endpoint: STORY_API.ok } };

/** Neither `endpoint` nor `data`. */
export const Idle: Story = {};

/** Dark theme. */
export const Dark: Story = {
  args: { data: halfYear(), from: '2026-06-03', to: '2026-11-30', theme: 'dark' },
  globals: { theme: 'dark' },
};

/** `lang="fr"` on the element. */
export const French: Story = { args: { data: missionDetailFixture(), lang: 'fr' } };

/** The table in French, its language taken from the page. */
export const FrenchTableFromPage: Story = {
  args: { data: missionDetailFixture(), view: 'table' },
  globals: { lang: 'fr' },
};
