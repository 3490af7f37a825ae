import type { StorybookConfig } from '@storybook/web-components-vite';

/*
 * The project's vite.config.ts is the library build; Storybook's Vite builder
 * keeps only its `build.target` (lib entries, externals and dist/ are ignored),
 * so `viteFinal` only quiets the chunk-size warning about Storybook's own docs
 * renderer (about 1 MB minified), which is not ours to split.
 */
const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  core: {
    disableTelemetry: true,
  },
  viteFinal: (config) => ({ ...config, build: { ...config.build, chunkSizeWarningLimit: 1200 } }),
};

export default config;
