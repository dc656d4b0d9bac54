import type { StorybookConfig } from '@storybook/web-components-vite';
import { transform } from 'esbuild';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  async viteFinal(vite) {
    // Workspace packages resolve to their sources, as in the tests.
    vite.resolve = { ...vite.resolve, conditions: ['motcua-source', 'browser', 'module', 'import', 'production', 'default'] };
    // Vite 8 leaves standard decorators (`@property() accessor …`) untransformed; esbuild lowers them.
    vite.plugins = [
      {
        name: 'motcua-lower-decorators',
        enforce: 'pre',
        async transform(code: string, id: string) {
          if (id.includes('node_modules') || !/\/(packages|stories)\/.*\.ts$/.test(id)) return undefined;
          const out = await transform(code, { loader: 'ts', target: 'es2022', sourcefile: id, sourcemap: true });
          return { code: out.code, map: out.map };
        },
      },
      ...(vite.plugins ?? []),
    ];
    return vite;
  },
};

export default config;
