/**
 * motcua in a React 19 page. React 19 passes properties to custom elements and listens to
 * their events (`onmotcua-dossier-found`), so the elements need no wrapper;
 * `@motcua/components/jsx` types the tags. Note: the elements speak the page's language,
 * so a page with `<html lang="en">` (Vite's template) gets English — set `lang="vi"` on
 * the element or the page for Vietnamese.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@motcua/components/define';
// Types for the tags in JSX: properties and `on<event>` listeners.
import type {} from '@motcua/components/jsx';

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
