// Tests run in Debian's Chromium (no browser download) through Playwright.
import { playwrightLauncher } from '@web/test-runner-playwright';
import { esbuildPlugin } from '@web/dev-server-esbuild';

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

// `wtr test/elements/x.test.ts` runs just that file (groups would run everything).
const filesFromCli = process.argv.slice(2).some((arg) => arg.endsWith('.ts'));

export default {
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      },
    }),
  ],
  // Dates in tests are calendar dates; a fixed zone keeps "today" maths deterministic.
  testFramework: { config: { timeout: 10000 } },
  concurrency: 2,
  groups: filesFromCli
    ? undefined
    : [
        { name: 'unit', files: 'test/unit/**/*.test.ts' },
        { name: 'elements', files: 'test/elements/**/*.test.ts' },
        {
          name: 'csp',
          files: 'test/csp/**/*.test.ts',
          // The test page forbids inline styles and eval, as a strict host page would.
          testRunnerHtml: (testFramework) => `<!doctype html>
        <html>
          <head>
            <meta http-equiv="Content-Security-Policy"
              content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https:; connect-src 'self' ws:">
          </head>
          <body>
            <script type="module" src="${testFramework}"></script>
          </body>
        </html>`,
        },
      ],
};
