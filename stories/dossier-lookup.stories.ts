import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { MotcuaError, type MotcuaClient } from '@motcua/core';
import { html } from 'lit';
import { DOSSIERS, demoClient, failingClient, slowClient } from './backends.js';

interface Args {
  client: MotcuaClient;
  code: string;
  lookupKey: string;
  hideKey: boolean;
  lang: 'vi' | 'en';
}

const meta: Meta<Args> = {
  title: 'Elements/motcua-dossier-lookup',
  component: 'motcua-dossier-lookup',
  argTypes: { lang: { control: 'inline-radio', options: ['vi', 'en'] }, client: { control: false } },
  args: { client: demoClient, code: '', lookupKey: '', hideKey: false, lang: 'vi' },
  render: (a) =>
    html`<motcua-dossier-lookup .client=${a.client} code=${a.code} lookup-key=${a.lookupKey} ?hide-key=${a.hideKey} lang=${a.lang} deep-link="off"></motcua-dossier-lookup>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Idle: Story = {};
export const Found: Story = { args: { code: DOSSIERS.overdueMultiLevel.code, lookupKey: DOSSIERS.overdueMultiLevel.lookupKey! } };
export const Loading: Story = { args: { client: slowClient, code: DOSSIERS.dueSoon.code } };
export const NotFound: Story = {
  args: { client: failingClient(new MotcuaError('not-found', 'story')), code: '000.00.12.H42-241105-0404' },
};
export const WrongKey: Story = {
  args: { client: failingClient(new MotcuaError('key-required', 'story')), code: DOSSIERS.dueSoon.code, lookupKey: 'ABCD' },
};
export const RateLimited: Story = {
  args: { client: failingClient(new MotcuaError('rate-limited', 'story', { retryAfter: 30 })), code: DOSSIERS.dueSoon.code },
};
export const Offline: Story = { args: { client: failingClient(new MotcuaError('network', 'story')), code: DOSSIERS.dueSoon.code } };
export const English: Story = { args: { code: DOSSIERS.payment.code, lookupKey: DOSSIERS.payment.lookupKey!, lang: 'en' } };
