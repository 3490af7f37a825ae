import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { emptySummaryFixture, summaryFixture } from '../test/fixtures/summary.js';
import { STORY_API, newProgrammeFixture } from './mock-api.js';
import { fixturePeriod, readOnlyArgTypes, widgetArgTypes, type SummaryWidgetArgs } from './story-args.js';

const meta = {
  title: 'Widgets/mission-kpis',
  component: 'mission-kpis',
  tags: ['autodocs'],
  args: { ...fixturePeriod },
  argTypes: { ...widgetArgTypes, ...readOnlyArgTypes() },
  render: (args) =>
    html`<mission-kpis
      endpoint=${ifDefined(args.endpoint)}
      from=${ifDefined(args.from)}
      to=${ifDefined(args.to)}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      .data=${args.data}
    ></mission-kpis>`,
  parameters: {
    docs: {
      description: {
        component:
          'Validated missions, engaged customers and participation rate, each with its variation vs the previous period. Requests go to an in-browser story API (`stories/mock-api.ts`).',
      },
    },
  },
} satisfies Meta<SummaryWidgetArgs>;

export default meta;
type Story = StoryObj<SummaryWidgetArgs>;

/** Ready, from the `data` property: nothing is fetched. */
export const FromData: Story = {
  args: { data: summaryFixture() },
};

/** Ready, from `{endpoint}/summary`. */
export const FromEndpoint: Story = {
  args: { endpoint: STORY_API.ok },
};

/** The request is pending (this endpoint never answers; after 15 s the widget reports a timeout). */
export const Loading: Story = {
  args: { endpoint: STORY_API.slow },
};

/** No validation in either period. */
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
  play: async ({ canvasElement }) => {
    const kpis = canvasElement.querySelector('mission-kpis')!;
    await waitFor(() => expect(kpis.state).toBe('error'));
    await kpis.updateComplete;
    const retry = kpis.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]');
    await expect(retry).not.toBeNull();
    // Asking again bypasses the cache; this server fails again.
    await userEvent.click(retry!);
    await waitFor(() => expect(kpis.state).toBe('error'));
  },
};

/** The answer does not match the contract (a count sent as a string): the field is named. */
export const InvalidPayload: Story = {
  args: { endpoint: STORY_API.invalid },
};

/** `from` after `to`: the widget's own inputs are wrong, nothing is asked. */
export const InvalidPeriod: Story = {
  args: { endpoint: STORY_API.ok, from: '2026-11-30', to: '2026-11-01' },
};

/** Neither `endpoint` nor `data`. */
export const Idle: Story = {};

/** Dark theme through the `theme` attribute, on a dark page. */
export const Dark: Story = {
  args: { data: summaryFixture(), theme: 'dark' },
  globals: { theme: 'dark' },
};

/** The error state in the dark theme. */
export const DarkError: Story = {
  args: { endpoint: STORY_API.error, theme: 'dark' },
  globals: { theme: 'dark' },
};

/** `lang="fr"` on the element. */
export const French: Story = {
  args: { data: summaryFixture(), lang: 'fr' },
};

/** No `lang` on the element: it follows the page's (`lang="fr"` on the story's wrapper). */
export const FrenchFromPage: Story = {
  args: { endpoint: STORY_API.ok },
  globals: { lang: 'fr' },
};

/** A programme launched this period: nothing to compare with, so variations read "new" or "–". */
export const NewProgramme: Story = {
  args: { data: newProgrammeFixture() },
};
