// Browser tests run in Debian's headless Chromium (see ../shared/TOOLCHAIN.md).
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { commonjsAsEsm } from './test/browser/commonjs-as-esm.mjs';
import { bundleExamples } from './test/browser/bundle-examples.mjs';
import { mockGateway, realGateway, stopGateway } from './test/browser/gateways.mjs';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default {
  files: ['packages/*/src/**/*.browser.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['motcua-source', 'production'] },
  middleware: [mockGateway, realGateway],
  plugins: [
    // jsbarcode ships CommonJS only; the browser needs it as a module.
    commonjsAsEsm(['jsbarcode']),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), stopGateway, bundleExamples()],
  browsers: [
    chromeLauncher({ launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs } }),
  ],
  testFramework: { config: { timeout: 10000 } },
};
