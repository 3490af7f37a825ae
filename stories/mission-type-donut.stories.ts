import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { MissionType } from '../src/data/contract.js';
import type { MissionTypeDonut } from '../src/mission-type-donut/index.js';
import { emptySummaryFixture, summaryFixture } from '../test/fixtures/summary.js';
import { STORY_API, newProgrammeFixture } from './mock-api.js';
import { fixturePeriod, readOnlyArgTypes, widgetArgTypes, type SummaryWidgetArgs } from './story-args.js';

interface DonutArgs extends SummaryWidgetArgs {
  /** `view` attribute: `chart` or the accessible data `table`. */
  view?: 'chart' | 'table';
}

const meta = {
  title: 'Widgets/mission-type-donut',
  component: 'mission-type-donut',
  tags: ['autodocs'],
  args: { ...fixturePeriod },
  argTypes: {
    ...widgetArgTypes,
    ...readOnlyArgTypes('hiddenTypes'),
    view: {
      control: 'inline-radio',
      options: ['chart', 'table'],
      description: '`chart` (default) or `table`: the accessible data-table view of the same figures.',
    },
  },
  render: (args) =>
    html`<mission-type-donut
      endpoint=${ifDefined(args.endpoint)}
      from=${ifDefined(args.from)}
      to=${ifDefined(args.to)}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      view=${ifDefined(args.view)}
      .data=${args.data}
    ></mission-type-donut>`,
  parameters: {
    docs: {
      description: {
        component:
          'Share of validated missions by type, with each type’s variation and the total in the centre. Hover or focus a slice for its tooltip (arrow keys move between slices); the legend hides or shows a type; “Data table” switches to a table. Requests go to an in-browser story API (`stories/mock-api.ts`).',
      },
    },
  },
} satisfies Meta<DonutArgs>;

export default meta;
type Story = StoryObj<DonutArgs>;

async function whenReady(canvasElement: HTMLElement): Promise<MissionTypeDonut> {
  const donut = canvasElement.querySelector('mission-type-donut')!;
  await waitFor(() => expect(donut.state).toBe('ready'));
  await donut.updateComplete;
  return donut;
}

function legendButton(donut: MissionTypeDonut, type: MissionType): HTMLButtonElement {
  return donut.shadowRoot!.querySelector<HTMLButtonElement>(`li[data-type="${type}"] button`)!;
}

/** Ready, from the `data` property: nothing is fetched. */
export const FromData: Story = {
  args: { data: summaryFixture() },
};

/** Ready, from `{endpoint}/summary`. */
export const FromEndpoint: Story = {
  args: { endpoint: STORY_API.ok },
};

/** The accessible data-table view (`view="table"`). */
export const TableView: Story = {
  args: { data: summaryFixture(), view: 'table' },
};

/** "Review" hidden through its legend button: the total in the centre becomes "Shown". */
export const HiddenType: Story = {
  args: { data: summaryFixture() },
  play: async ({ canvasElement }) => {
    const donut = await whenReady(canvasElement);
    await userEvent.click(legendButton(donut, 'review'));
    await expect(donut.hiddenTypes.has('review')).toBe(true);
    await expect(legendButton(donut, 'review').getAttribute('aria-pressed')).toBe('false');
  },
};

/** Every type hidden: the chart says so instead of drawing nothing. */
export const AllTypesHidden: Story = {
  args: { data: summaryFixture() },
  play: async ({ canvasElement }) => {
    const donut = await whenReady(canvasElement);
    for (const type of ['classic', 'content', 'review', 'engagement'] as const) {
      await userEvent.click(legendButton(donut, type));
    }
    await expect(donut.hiddenTypes.size).toBe(4);
  },
};

/** The tooltip of the focused slice (keyboard: Tab to the chart, then arrow keys). */
export const SliceTooltip: Story = {
  args: { data: summaryFixture() },
  play: async ({ canvasElement }) => {
    const donut = await whenReady(canvasElement);
    donut.shadowRoot!.querySelector<SVGPathElement>('.slice[data-type="content"]')!.focus();
    await donut.updateComplete;
    await waitFor(() =>
      expect(donut.shadowRoot!.querySelector('[part~="tooltip"]')!.matches(':popover-open')).toBe(true),
    );
  },
};

/** The request is pending (this endpoint never answers; after 15 s the widget reports a timeout). */
export const Loading: Story = {
  args: { endpoint: STORY_API.slow },
};

/** No validation of any type in the period. */
export const Empty: Story = {
  args: { endpoint: STORY_API.empty },
};

/** Empty, from `data`. */
export const EmptyFromData: Story = {
  args: { data: emptySummaryFixture() },
};

/** The server answers 500 with `application/problem+json`: its `detail` is shown, with a retry button. */
export const ServerError: Story = {
  args: { endpoint: STORY_API.error },
};

/** The answer does not match the contract (a count sent as a string): the field is named. */
export const InvalidPayload: Story = {
  args: { endpoint: STORY_API.invalid },
};

/** Neither `endpoint` nor `data`. */
export const Idle: Story = {};

/** A programme launched this period: every type is "new". */
export const NewProgramme: Story = {
  args: { data: newProgrammeFixture() },
};

/** Dark theme through the `theme` attribute, on a dark page. */
export const Dark: Story = {
  args: { data: summaryFixture(), theme: 'dark' },
  globals: { theme: 'dark' },
};

/** The data table in the dark theme. */
export const DarkTable: Story = {
  args: { data: summaryFixture(), theme: 'dark', view: 'table' },
  globals: { theme: 'dark' },
};

/** `lang="fr"` on the element. */
export const French: Story = {
  args: { data: summaryFixture(), lang: 'fr' },
};

/** The table in French, its language taken from the page (`lang="fr"` on the story's wrapper). */
export const FrenchTableFromPage: Story = {
  args: { endpoint: STORY_API.ok, view: 'table' },
  globals: { lang: 'fr' },
};
