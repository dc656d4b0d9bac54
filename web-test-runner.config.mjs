// Browser tests run in Debian's headless Chromium (see ../shared/TOOLCHAIN.md).
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { commonjsAsEsm } from './test/browser/commonjs-as-esm.mjs';
import { bundleExamples } from './test/browser/bundle-examples.mjs';
import { storyList } from './test/browser/story-list.mjs';
import { mediaFeatures } from './test/browser/media-features.mjs';
import { fakeCameraVideo } from './test/browser/fake-camera.mjs';
import { chromiumArgs, chromiumPath } from './test/helpers/chromium.mjs';
import { droppedModules, faultyGateway, hostileGateway, mockGateway, realGateway, stopGateway } from './test/browser/gateways.mjs';

const chromium = (...args) =>
  chromeLauncher({ launchOptions: { executablePath: chromiumPath, headless: true, args: [...chromiumArgs, ...args] } });

export default {
  files: ['packages/*/src/**/*.browser.test.ts', 'test/browser/**/*.test.ts', '!test/browser/**/*.camera.test.ts'],
  // The camera tests need Chromium started with a fake camera (or none): one browser per setup.
  groups: [
    {
      name: 'camera',
      files: ['packages/*/src/**/*.camera.test.ts', 'test/browser/**/*.camera.test.ts'],
      browsers: [
        chromium(
          '--use-fake-ui-for-media-stream',
          '--use-fake-device-for-media-stream',
          `--use-file-for-fake-video-capture=${fakeCameraVideo()}`,
        ),
      ],
    },
    {
      name: 'camera-denied',
      files: 'packages/*/src/**/*.denied.test.ts',
      browsers: [chromium('--use-fake-device-for-media-stream', '--deny-permission-prompts')],
    },
  ],
  nodeResolve: { exportConditions: ['motcua-source', 'production'] },
  middleware: [droppedModules, mockGateway, faultyGateway, realGateway, hostileGateway],
  plugins: [
    // jsbarcode ships CommonJS only; the browser needs it as a module.
    commonjsAsEsm(['jsbarcode']),
    // tsconfig.base.json itself: the plugin reads the file raw, without following `extends`,
    // and elements need its `useDefineForClassFields: false` (class fields must not shadow lit's accessors).
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.base.json' }),
    stopGateway,
    bundleExamples(),
    storyList(),
    mediaFeatures(),
  ],
  browsers: [chromium()],
  // 20 s: under the whole suite on two cores a test that loads, searches and types took over 10 s once (CI-like run).
  testFramework: { config: { timeout: 20000 } },
};
