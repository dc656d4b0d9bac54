/**
 * motcua in a Vue 3 page. Vue sets the elements' properties and hyphenates `onMotcuaDossierFound`
 * into a listener for `motcua-dossier-found`. In templates, tell the compiler these are custom
 * elements: `app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('motcua-')`.
 */
import { createApp, h, ref } from 'vue';
import type { Dossier } from '@motcua/core';
import '@motcua/components/define';

export function mount(container: HTMLElement, props: { endpoint: string; code?: string }) {
  const app = createApp({
    setup() {
      const found = ref('');
      return () =>
        h('main', [
          h('h1', 'Tra cứu hồ sơ (Vue)'),
          h('motcua-dossier-lookup', {
            endpoint: props.endpoint,
            code: props.code,
            onMotcuaDossierFound: (e: CustomEvent<{ dossier: Dossier }>) => (found.value = e.detail.dossier.code),
          }),
          h('p', { id: 'vue-found' }, found.value ? `Vue đã nhận hồ sơ ${found.value}` : ''),
        ]);
    },
  });
  app.mount(container);
  return () => app.unmount();
}
