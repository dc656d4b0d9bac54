import { rollup } from 'rollup';
import configs from './rollup.config.js';
const cdn = configs[configs.length - 1];
const bundle = await rollup({ ...cdn, onwarn: () => {}, plugins: cdn.plugins.filter((p) => p.name !== 'motcua-module-graph') });
const { output } = await bundle.generate(cdn.output);
for (const c of output) if (c.type === 'chunk' && !c.fileName.includes('zxing') && !c.fileName.includes('JsBarcode')) console.log(c.fileName, c.code.length, 'imports:', c.imports.join(','), 'dyn:', c.dynamicImports.join(','));
