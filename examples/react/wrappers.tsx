/** The same lookup through the typed wrappers of `@motcua/components/react`. */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { DossierLookup } from '@motcua/components/react';

function App({ endpoint, code }: { endpoint: string; code?: string }) {
  const [found, setFound] = useState('');
  return (
    <main>
      <DossierLookup endpoint={endpoint} code={code ?? ''} onDossierFound={(e) => setFound(e.detail.dossier.code)} />
      <p id="wrappers-found">{found ? `React (wrapper) đã nhận hồ sơ ${found}` : ''}</p>
    </main>
  );
}

export function mount(container: HTMLElement, props: { endpoint: string; code?: string }) {
  const root = createRoot(container);
  root.render(<App {...props} />);
  return () => root.unmount();
}
