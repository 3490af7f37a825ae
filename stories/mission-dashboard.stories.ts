import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { STORY_API } from './mock-api.js';
import { fixturePeriod, widgetArgTypes, type WidgetArgs } from './story-args.js';

interface DashboardArgs extends WidgetArgs {
  /** The day presets end on. */
  today?: string;
  /** Hides the period picker. */
  noPicker?: boolean;
  /** `lang` set on the donut only, overriding the dashboard's. */
  donutLang?: 'en' | 'fr';
}

const meta = {
  title: 'Widgets/mission-dashboard',
  component: 'mission-dashboard',
  tags: ['autodocs'],
  args: { ...fixturePeriod, endpoint: STORY_API.ok },
  argTypes: {
    endpoint: widgetArgTypes.endpoint,
    from: widgetArgTypes.from,
    to: widgetArgTypes.to,
    lang: widgetArgTypes.lang,
    theme: widgetArgTypes.theme,
    donutLang: {
      control: 'inline-radio',
      options: ['en', 'fr'],
      description: 'Story only: a `lang` attribute on the donut, which overrides the dashboard’s.',
      table: { category: 'story' },
    },
  },
  // The widgets carry no attributes of their own: endpoint, period and
  // language come from the dashboard (context).
  render: (args) =>
    html`<mission-dashboard
      endpoint=${ifDefined(args.endpoint)}
      from=${ifDefined(args.from)}
      to=${ifDefined(args.to)}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      today=${ifDefined(args.today)}
      ?no-picker=${args.noPicker ?? false}
    >
      <mission-kpis></mission-kpis>
      <mission-type-donut lang=${ifDefined(args.donutLang)}></mission-type-donut>
    </mission-dashboard>`,
  parameters: {
    docs: {
      description: {
        component:
          'Holds `endpoint`, `from`, `to` and `lang` once for the widgets inside it; an attribute on a widget overrides the dashboard’s. Both widgets below share one `summary` request.',
      },
    },
  },
} satisfies Meta<DashboardArgs>;

export default meta;
type Story = StoryObj<DashboardArgs>;

/** The provider case: both widgets get endpoint, period and language from the dashboard. */
export const Provider: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    const kpis = canvasElement.querySelector('mission-kpis')!;
    const donut = canvasElement.querySelector('mission-type-donut')!;
    await waitFor(() => expect([kpis.state, donut.state]).toEqual(['ready', 'ready']));
    await expect(kpis.period).toEqual({ from: '2026-11-01', to: '2026-11-30' });
  },
};

/** The dashboard in French: both widgets follow it. */
export const ProviderFrench: Story = {
  args: { lang: 'fr' },
};

/** `lang="fr"` on the donut overrides the dashboard's `lang="en"`; the KPIs stay in English. */
export const ChildOverridesLang: Story = {
  args: { lang: 'en', donutLang: 'fr' },
  play: async ({ canvasElement }) => {
    const kpis = canvasElement.querySelector('mission-kpis')!;
    const donut = canvasElement.querySelector('mission-type-donut')!;
    await waitFor(() => expect([kpis.locale, donut.locale]).toEqual(['en', 'fr']));
  },
};

/** `theme="dark"` on the dashboard: the widgets inside inherit it. */
export const ProviderDark: Story = {
  args: { theme: 'dark' },
  globals: { theme: 'dark' },
};

/** The dashboard's endpoint is pending: every widget shows its loading state. */
export const ProviderLoading: Story = {
  args: { endpoint: STORY_API.slow },
};

/** The dashboard's endpoint fails: every widget shows the error and its own retry button. */
export const ProviderError: Story = {
  args: { endpoint: STORY_API.error },
};

/** The dark theme and the error state together. */
export const ProviderErrorDark: Story = {
  args: { endpoint: STORY_API.error, theme: 'dark' },
  globals: { theme: 'dark' },
};

/** Nothing validated in the dashboard's period. */
export const ProviderEmpty: Story = {
  args: { endpoint: STORY_API.empty },
};

/** No endpoint anywhere: the widgets say what is missing. */
export const ProviderIdle: Story = {
  args: { endpoint: undefined },
};

/** The period matches "Last 30 days" (presets end on `today`); choosing a preset re-queries each resource once. */
export const PeriodPreset: Story = {
  args: { lang: 'en', today: '2026-11-30' },
};

/** A period that is no preset opens the custom dates; reversed dates are refused with a message. */
export const PeriodCustomFrench: Story = {
  args: { lang: 'fr', from: '2026-11-10', to: '2026-11-20', today: '2026-11-30' },
};

/** `no-picker`: the page drives `from` and `to` itself. */
export const NoPicker: Story = {
  args: { lang: 'en', noPicker: true },
};
