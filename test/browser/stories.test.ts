// Every Storybook story rendered in Chromium the way Storybook composes it (meta args and
// render, overridden by the story's): it must render without errors, show content, pass axe,
// and show the state its name promises (loading, an error). Stories are the docs a webmaster
// reads first, so a broken one is a broken doc.
import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import '@motcua/components/define';

interface Story {
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>) => TemplateResult;
}
interface StoriesModule {
  default: Story & { title?: string };
  [name: string]: unknown;
}

/** The states a story's name promises, and where to see them. */
const PROMISES: Array<[RegExp, string]> = [
  [/^Loading$/, '[part="skeleton"]'],
  [/^(NotFound|WrongKey|RateLimited|Offline|BackendDown)$/, '[role="alert"]'],
  [/^NothingFound$/, '[role="status"], [part="empty"]'],
  [/^KeptCopy$/, '[part="stored-copy"]'],
];

/** querySelector that looks inside open shadow roots too. */
function deepQuery(root: ParentNode, selector: string): Element | null {
  const hit = root.querySelector(selector);
  if (hit) return hit;
  for (const el of root.querySelectorAll('*')) {
    const inner = el.shadowRoot ? deepQuery(el.shadowRoot, selector) : null;
    if (inner) return inner;
  }
  return null;
}

const deepText = (root: ParentNode): string =>
  [...root.querySelectorAll('*')].map((el) => (el.shadowRoot ? deepText(el.shadowRoot) : '')).join(' ') +
  ((root as Element).textContent ?? '');

async function settle(container: HTMLElement): Promise<void> {
  for (let i = 0; i < 5; i++) {
    const elements = [...container.querySelectorAll('*')].filter((el) => el.tagName.startsWith('MOTCUA-')) as Array<
      HTMLElement & { updateComplete?: Promise<unknown> }
    >;
    await Promise.all(elements.map((el) => el.updateComplete));
    await new Promise((r) => setTimeout(r, 60));
  }
}

const files = ((await import('/__stories.js' as string)) as { default: string[] }).default;
const modules = await Promise.all(files.map(async (f) => [f, (await import(f)) as StoriesModule] as const));

describe('stories', () => {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in e ? e.reason : (e.error ?? e.message));
  const consoleError = console.error;
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    console.error = (...args: unknown[]) => {
      errors.push(args);
      consoleError(...args);
    };
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    console.error = consoleError;
  });

  it('are found: one stories file per element group', () => {
    expect(files.length).to.be.greaterThanOrEqual(4);
  });

  for (const [file, mod] of modules) {
    const meta = mod.default;
    for (const [name, value] of Object.entries(mod)) {
      if (name === 'default' || typeof value !== 'object' || value === null) continue;
      const story = value as Story;
      it(`${meta.title ?? file} › ${name}`, async () => {
        const renderStory = story.render ?? meta.render;
        expect(renderStory, 'a render function').to.be.a('function');
        errors.length = 0;
        const container = document.createElement('div');
        document.body.append(container);
        try {
          render(renderStory!({ ...meta.args, ...story.args }), container);
          await settle(container);
          expect(errors, 'errors while rendering').to.deep.equal([]);
          const text = deepText(container).replace(/\s+/g, ' ').trim();
          expect(text.length, 'visible text').to.be.greaterThan(10);
          for (const [pattern, selector] of PROMISES) {
            if (pattern.test(name)) expect(deepQuery(container, selector), `${name} shows ${selector}`).to.be.instanceOf(Element);
          }
          await expect(container).to.be.accessible();
        } finally {
          render(null, container);
          container.remove();
        }
      });
    }
  }
});
