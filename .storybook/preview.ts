import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { installStoryApi } from '../stories/mock-api.js';
// Registers every element (package.json lists src/*/index.ts as side effects).
import '../src/index.js';
import './preview.css';

// Docs tables (attributes, properties, events, parts, CSS properties, slots)
// come from the manifest that `npm run manifest` writes from the JSDoc.
setCustomElementsManifest(manifest);

// Every widget in every story talks to the in-browser story API.
installStoryApi();

/** The widgets' events, logged in the Actions panel (they bubble and are composed). */
const onDataError = action('data-error');
const onTypeToggle = action('mission-type-toggle');
const onPeriodChange = action('period-change');

/**
 * Manifest categories that document the element but are not inputs the
 * stories pass on: listed in the docs tables without a (meaningless) control.
 */
const DOC_ONLY_CATEGORIES = new Set(['events', 'slots', 'css custom properties', 'css shadow parts']);

type Theme = 'light' | 'dark';
type Lang = 'en' | 'fr';

const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'Colour scheme of the page around the widgets (--mission-color-scheme)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    lang: {
      description: 'lang attribute of the page around the widgets',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English', right: 'en' },
          { value: 'fr', title: 'Français', right: 'fr' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', lang: 'en' },
  argTypesEnhancers: [
    ({ argTypes }) =>
      Object.fromEntries(
        Object.entries(argTypes).map(([name, argType]) => [
          name,
          DOC_ONLY_CATEGORIES.has(String(argType.table?.category)) ? { ...argType, control: false } : argType,
        ]),
      ),
  ],
  decorators: [
    (story, context) => {
      const theme: Theme = context.globals['theme'] === 'dark' ? 'dark' : 'light';
      const lang: Lang = context.globals['lang'] === 'fr' ? 'fr' : 'en';
      // The page's theme and language, as a host page would set them: a class
      // (stylesheet, no style attribute) and a lang attribute the widgets inherit.
      return html`<div
        class="story-frame story-theme-${theme}"
        lang=${lang}
        @data-error=${onDataError}
        @mission-type-toggle=${onTypeToggle}
        @period-change=${onPeriodChange}
      >
        ${story()}
      </div>`;
    },
  ],
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
    layout: 'padded',
  },
};

export default preview;
