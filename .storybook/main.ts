import type { StorybookConfig } from '@storybook/web-components-vite';
import { readFileSync } from 'node:fs';
import { transform } from 'esbuild';

const tsconfigRaw = readFileSync(new URL('../tsconfig.base.json', import.meta.url), 'utf8');

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  async viteFinal(vite) {
    // Workspace packages resolve to their sources, as in the tests.
    vite.resolve = { ...vite.resolve, conditions: ['motcua-source', 'browser', 'module', 'import', 'production', 'default'] };
    // Our TypeScript compiles as the build compiles it (esbuild, tsconfig.base.json): elements rely
    // on `useDefineForClassFields: false`, so that class fields do not shadow lit's reactive accessors.
    vite.plugins = [
      {
        name: 'motcua-typescript',
        enforce: 'pre',
        async transform(code: string, id: string) {
          if (id.includes('node_modules') || !/\/(packages|stories)\/.*\.ts$/.test(id)) return undefined;
          const out = await transform(code, { loader: 'ts', target: 'es2022', sourcefile: id, sourcemap: true, tsconfigRaw });
          return { code: out.code, map: out.map };
        },
      },
      ...(vite.plugins ?? []),
    ];
    return vite;
  },
};

export default config;
