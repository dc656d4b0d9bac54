import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { MotcuaError, type MotcuaClient } from '@motcua/core';
import { html } from 'lit';
import { demoClient, failingClient, keptCopyClient } from './backends.js';

interface Args {
  client: MotcuaClient;
  query: string;
  level: string;
  online: string;
  lang: 'vi' | 'en';
  highlight: string;
}

const meta: Meta<Args> = {
  title: 'Elements/motcua-procedure-finder',
  component: 'motcua-procedure-finder',
  argTypes: {
    level: { control: 'select', options: ['', 'commune', 'district', 'province'] },
    online: { control: 'select', options: ['', 'full', 'partial', 'none'] },
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
    highlight: { control: 'color', description: '--motcua-color-highlight' },
    client: { control: false },
  },
  args: { client: demoClient, query: 'sổ đỏ', level: '', online: '', lang: 'vi', highlight: '#ffe58a' },
  render: (a) => html`<motcua-procedure-finder
      .client=${a.client}
      query=${a.query}
      level=${a.level}
      online=${a.online}
      lang=${a.lang}
      detail-target="#story-detail"
      style="--motcua-color-highlight:${a.highlight}"
    ></motcua-procedure-finder>
    <motcua-procedure-detail id="story-detail" .client=${a.client} lang=${a.lang}></motcua-procedure-detail>`,
};
export default meta;
type Story = StoryObj<Args>;

export const CitizenWords: Story = {};
export const WithoutDiacritics: Story = { args: { query: 'xin phep xay nha' } };
export const FullyOnlineAtCommuneLevel: Story = { args: { query: '', level: 'commune', online: 'full' } };
export const NothingFound: Story = { args: { query: 'zzzz qqqq' } };
export const BackendDown: Story = { args: { client: failingClient(new MotcuaError('network', 'story')) } };
export const English: Story = { args: { query: 'khai sinh', lang: 'en' } };
/** Offline, from the copy motcua's service worker kept (docs/components.md): the data may be old. */
export const KeptCopy: Story = { args: { client: keptCopyClient, query: 'khai sinh' } };

export const ProcedureDetail: StoryObj<Args & { code: string }> = {
  args: { code: '1.012002' },
  render: (a) => html`<motcua-procedure-detail .client=${a.client} code=${a.code} lang=${a.lang}></motcua-procedure-detail>`,
};
