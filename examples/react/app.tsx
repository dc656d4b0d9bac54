/**
 * motcua in a React 19 page. React 19 passes properties to custom elements and listens to
 * their events (`onmotcua-dossier-found`), so the elements need no wrapper.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { Dossier } from '@motcua/core';
import '@motcua/components/define';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'motcua-dossier-lookup': { endpoint?: string; code?: string; 'lookup-key'?: string; lang?: string; 'onmotcua-dossier-found'?: (e: CustomEvent<{ dossier: Dossier }>) => void };
    }
  }
}

function App({ endpoint, code }: { endpoint: string; code?: string }) {
  const [found, setFound] = useState<string>('');
  return (
    <main>
      <h1>Tra cứu hồ sơ (React)</h1>
      <motcua-dossier-lookup endpoint={endpoint} code={code} onmotcua-dossier-found={(e) => setFound(e.detail.dossier.code)} />
      <p id="react-found">{found ? `React đã nhận hồ sơ ${found}` : ''}</p>
    </main>
  );
}

export function mount(container: HTMLElement, props: { endpoint: string; code?: string }) {
  const root = createRoot(container);
  root.render(<App {...props} />);
  return () => root.unmount();
}
