// A web-test-runner plugin that serves /__stories.js: the paths of every stories/*.stories.ts,
// so the story smoke test (test/browser/stories.test.ts) cannot miss a new stories file.
import { readdirSync } from 'node:fs';

export function storyList() {
  return {
    name: 'story-list',
    serve(context) {
      if (context.path !== '/__stories.js') return undefined;
      const files = readdirSync('stories')
        .filter((f) => f.endsWith('.stories.ts'))
        .sort();
      return { body: `export default ${JSON.stringify(files.map((f) => `/stories/${f}`))};`, type: 'js' };
    },
  };
}
