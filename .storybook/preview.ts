import type { Preview } from '@storybook/web-components-vite';
import '@motcua/components/define';

const preview: Preview = {
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
  tags: ['autodocs'],
};

export default preview;
