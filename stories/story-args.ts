/**
 * Args shared by the widget stories: one per public attribute (so the
 * controls drive the element), plus the `data` property.
 */
import type { ArgTypes } from '@storybook/web-components-vite';
import type { SummaryResponse } from '../src/data/contract.js';
import { FIXTURE_PERIOD, STORY_API } from './mock-api.js';

export interface WidgetArgs {
  /** `endpoint` attribute: one of the story API's scenarios. */
  endpoint?: string;
  from?: string;
  to?: string;
  lang?: 'en' | 'fr';
  theme?: 'light' | 'dark';
}

export interface SummaryWidgetArgs extends WidgetArgs {
  /** `data` property: when set, nothing is fetched. */
  data?: SummaryResponse;
}

/** The fixture's period, so labels match the figures. */
export const fixturePeriod: Pick<WidgetArgs, 'from' | 'to'> = { ...FIXTURE_PERIOD };

export const widgetArgTypes: Partial<ArgTypes<SummaryWidgetArgs>> = {
  endpoint: {
    control: 'select',
    options: [undefined, ...Object.values(STORY_API)],
    description:
      'Base URL of the API (`{endpoint}/summary`). In Storybook, a scenario of the in-browser story API (stories/mock-api.ts).',
  },
  from: { control: 'text', description: 'First day, YYYY-MM-DD.' },
  to: { control: 'text', description: 'Last day, YYYY-MM-DD, inclusive.' },
  lang: {
    control: 'inline-radio',
    options: ['en', 'fr'],
    description: '`en` or `fr`; unset follows the provider, then the page (toolbar), then `en`.',
  },
  theme: {
    control: 'inline-radio',
    options: ['light', 'dark'],
    description: '`light` or `dark`; unset follows the page (toolbar).',
  },
  data: { control: 'object', description: 'The `summary` resource as data: nothing is fetched.' },
};

/** Read-only members listed by the manifest: documented, but not controls. */
export function readOnlyArgTypes(...names: string[]): Record<string, { control: false }> {
  return Object.fromEntries(
    ['state', 'locale', 'period', ...names].map((name) => [name, { control: false }]),
  );
}
