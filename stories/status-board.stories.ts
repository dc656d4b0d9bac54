import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { MotcuaError, type MotcuaClient } from '@motcua/core';
import { html } from 'lit';
import { demoClient, failingClient } from './backends.js';

interface Args {
  client: MotcuaClient;
  pageSize: number;
  lang: 'vi' | 'en';
}

/** The one-door hall's TV: results ready to collect and dossiers waiting for the applicant. */
const meta: Meta<Args> = {
  title: 'Elements/motcua-status-board',
  component: 'motcua-status-board',
  argTypes: { lang: { control: 'inline-radio', options: ['vi', 'en'] }, client: { control: false } },
  args: { client: demoClient, pageSize: 6, lang: 'vi' },
  render: (a) => html`<motcua-status-board .client=${a.client} page-size=${a.pageSize} lang=${a.lang}></motcua-status-board>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Hall: Story = {};
export const InEnglish: Story = { args: { lang: 'en' } };
export const Unsupported: Story = { args: { client: failingClient(new MotcuaError('unsupported', 'no board')) } };
