import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { InsightsData } from '../src/mission-insights/mission-insights.js';
import { impactFixture } from '../test/fixtures/impact.js';
import { summaryFixture } from '../test/fixtures/summary.js';
import { STORY_API } from './mock-api.js';
import { fixturePeriod, readOnlyArgTypes, widgetArgTypes, type WidgetArgs } from './story-args.js';

interface InsightsArgs extends WidgetArgs {
  /** `data` property: `{ impact, summary }`; when set, nothing is fetched. */
  data?: InsightsData;
}

const meta = {
  title: 'Widgets/mission-insights',
  component: 'mission-insights',
  tags: ['autodocs'],
  args: { ...fixturePeriod },
  argTypes: {
    ...widgetArgTypes,
    ...readOnlyArgTypes('insights'),
    data: { control: 'object', description: '`{ impact, summary }` as data: nothing is fetched.' },
  },
  render: (args) =>
    html`<mission-insights
      endpoint=${ifDefined(args.endpoint)}
      from=${ifDefined(args.from)}
      to=${ifDefined(args.to)}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      .data=${args.data}
    ></mission-insights>`,
  parameters: {
    docs: {
      description: {
        component:
          'Advice computed from the merchant’s own `impact` and `summary` figures, each with its figure. A rule whose data is too thin (under 30 customers in a compared group) says nothing; thresholds are in `src/metrics/insights.ts`. Requests go to an in-browser story API (`stories/mock-api.ts`).',
      },
    },
  },
} satisfies Meta<InsightsArgs>;

export default meta;
type Story = StoryObj<InsightsArgs>;

const fixtures = (summary = summaryFixture()): InsightsData => ({ impact: impactFixture(), summary });

/** Ready, from the `data` property: nothing is fetched. */
export const FromData: Story = { args: { data: fixtures() } };

/** Ready, from `{endpoint}/impact` and `{endpoint}/summary`. */
export const FromEndpoint: Story = { args: { endpoint: STORY_API.ok } };

/** Every kind: low participation (warning), few active missions (opportunity), revenue gaps (strength). */
export const EveryKind: Story = {
  args: { data: fixtures(summaryFixture({ current: { activeMissions: 5, customers: 10000 } })) },
};

/** High participation and one active mission. */
export const HighParticipation: Story = {
  args: { data: fixtures(summaryFixture({ current: { activeMissions: 1, customers: 1500 } })) },
};

/** Nothing the data supports: the friendly empty state. */
export const NothingToSay: Story = {
  args: {
    data: {
      impact: impactFixture({
        rows: [
          { k: 0, customers: 10, orders: 1, revenue: 10 },
          { k: 1, customers: 5, orders: 1, revenue: 10 },
          { k: 2, customers: 20, orders: 1, revenue: 10 },
        ],
      }),
      summary: summaryFixture({ current: { customers: 1000, engagedCustomers: 200, activeMissions: 9 } }),
    },
  },
};

/** The requests are pending. */
export const Loading: Story = { args: { endpoint: STORY_API.slow } };

/** Both resources fail: the message names each. */
export const ServerError: Story = { args: { endpoint: STORY_API.error } };

/** Invalid impact and summary answers: the fields are named. */
export const InvalidPayload: Story = { args: { endpoint: STORY_API.invalid } };

/** Fails first; Retry asks again for what failed. */
export const Flaky: Story = { args: { endpoint: STORY_API.flaky } };

/** Neither `endpoint` nor `data`. */
export const Idle: Story = {};

/** Dark theme. */
export const Dark: Story = {
  args: {
    data: fixtures(summaryFixture({ current: { activeMissions: 5, customers: 10000 } })),
    theme: 'dark',
  },
  globals: { theme: 'dark' },
};

/** `lang="fr"` on the element. */
export const French: Story = {
  args: { data: fixtures(summaryFixture({ current: { activeMissions: 5 } })), lang: 'fr' },
};

/** French from the page, from the endpoint. */
export const FrenchFromPage: Story = { args: { endpoint: STORY_API.ok }, globals: { lang: 'fr' } };
