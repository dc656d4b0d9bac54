import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { MotcuaError, type MotcuaClient } from '@motcua/core';
import { html } from 'lit';
import { demoClient, failingClient } from './backends.js';

interface Args {
  client: MotcuaClient;
  period: string;
  groupBy: string;
  lang: 'vi' | 'en';
}

/** A city's or ward's public statistics: the demo data counted by agency, sector or month. */
const meta: Meta<Args> = {
  title: 'Elements/motcua-office-stats',
  component: 'motcua-office-stats',
  argTypes: {
    period: { control: 'select', options: ['month', 'last-month', 'quarter', 'year'] },
    groupBy: { control: 'select', options: ['agency', 'sector', 'month'] },
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
    client: { control: false },
  },
  args: { client: demoClient, period: 'year', groupBy: 'agency', lang: 'vi' },
  render: (a) =>
    html`<motcua-office-stats .client=${a.client} period=${a.period} group-by=${a.groupBy} lang=${a.lang}></motcua-office-stats>`,
};
export default meta;
type Story = StoryObj<Args>;

export const ByAgency: Story = {};
export const BySector: Story = { args: { groupBy: 'sector' } };
export const ByMonthInEnglish: Story = { args: { groupBy: 'month', lang: 'en' } };
export const Unsupported: Story = { args: { client: failingClient(new MotcuaError('unsupported', 'no statistics')) } };
