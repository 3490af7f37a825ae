import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ImpactResponse } from '../src/data/contract.js';
import { emptyImpactFixture, impactFixture } from '../test/fixtures/impact.js';
import { STORY_API } from './mock-api.js';
import { fixturePeriod, readOnlyArgTypes, widgetArgTypes, type WidgetArgs } from './story-args.js';

interface ImpactArgs extends WidgetArgs {
  /** `data` property: the `impact` resource; when set, nothing is fetched. */
  data?: ImpactResponse;
}

const meta = {
  title: 'Widgets/mission-impact-table',
  component: 'mission-impact-table',
  tags: ['autodocs'],
  args: { ...fixturePeriod },
  argTypes: {
    ...widgetArgTypes,
    ...readOnlyArgTypes(),
    data: { control: 'object', description: 'The `impact` resource as data: nothing is fetched.' },
  },
  render: (args) =>
    html`<mission-impact-table
      endpoint=${ifDefined(args.endpoint)}
      from=${ifDefined(args.from)}
      to=${ifDefined(args.to)}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      .data=${args.data}
    ></mission-impact-table>`,
  parameters: {
    docs: {
      description: {
        component:
          'Customers, share, revenue per customer, average basket and average orders by number of missions validated (the last row is "N or more"), with customers without a mission as a baseline apart. The bars show revenue per customer against the largest; "Export CSV" downloads the rows. Requests go to an in-browser story API (`stories/mock-api.ts`).',
      },
    },
  },
} satisfies Meta<ImpactArgs>;

export default meta;
type Story = StoryObj<ImpactArgs>;

/** Ready, from the `data` property: nothing is fetched. */
export const FromData: Story = { args: { data: impactFixture() } };

/** Ready, from `{endpoint}/impact`. */
export const FromEndpoint: Story = { args: { endpoint: STORY_API.ok } };

/** Another currency: amounts follow the data's `currency`. */
export const InDollars: Story = { args: { data: impactFixture({ currency: 'USD' }) } };

/** Rows without customers or orders: "–" (read "not available") instead of NaN. */
export const NotAvailableFigures: Story = {
  args: {
    data: impactFixture({
      rows: [
        { k: 1, customers: 0, orders: 0, revenue: 0 },
        { k: 2, customers: 4, orders: 0, revenue: 0 },
        { k: 3, customers: 6, orders: 3, revenue: 90 },
      ],
    }),
  },
};

/** The request is pending (this endpoint never answers; after 15 s the widget reports a timeout). */
export const Loading: Story = { args: { endpoint: STORY_API.slow } };

/** Nobody validated a mission: only the baseline has customers. */
export const Empty: Story = { args: { endpoint: STORY_API.empty } };

/** Empty, from `data`. */
export const EmptyFromData: Story = { args: { data: emptyImpactFixture() } };

/** The server answers 500 with `application/problem+json`: its `detail` is shown, with a retry button. */
export const ServerError: Story = { args: { endpoint: STORY_API.error } };

/** The answer does not match the contract (a currency that is not an ISO code): the field is named. */
export const InvalidPayload: Story = { args: { endpoint: STORY_API.invalid } };

/** Fails first; Retry recovers. */
export const Flaky: Story = { args: { endpoint: STORY_API.flaky } };

/** Neither `endpoint` nor `data`. */
export const Idle: Story = {};

/** Dark theme through the `theme` attribute, on a dark page. */
export const Dark: Story = { args: { data: impactFixture(), theme: 'dark' }, globals: { theme: 'dark' } };

/** `lang="fr"` on the element. */
export const French: Story = { args: { data: impactFixture(), lang: 'fr' } };

/** French from the page, dark, from the endpoint. */
export const FrenchDarkFromPage: Story = {
  args: { endpoint: STORY_API.ok, theme: 'dark' },
  globals: { lang: 'fr', theme: 'dark' },
};
