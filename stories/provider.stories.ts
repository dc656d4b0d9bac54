import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { MotcuaClient } from '@motcua/core';
import { html } from 'lit';
import { DOSSIERS, demoClient } from './backends.js';

interface Args {
  client: MotcuaClient;
  lang: 'vi' | 'en';
}

/** One provider gives the elements inside it their client and language: set them once per page. */
const meta: Meta<Args> = {
  title: 'Elements/motcua-provider',
  component: 'motcua-provider',
  argTypes: { lang: { control: 'inline-radio', options: ['vi', 'en'] }, client: { control: false } },
  args: { client: demoClient, lang: 'vi' },
  render: (a) => html`<motcua-provider .client=${a.client} lang=${a.lang}>
    <motcua-dossier-lookup code=${DOSSIERS.supplement.code} lookup-key=${DOSSIERS.supplement.lookupKey ?? ''} deep-link="off"></motcua-dossier-lookup>
    <motcua-procedure-finder query="khai sinh" limit="3"></motcua-procedure-finder>
  </motcua-provider>`,
};
export default meta;
type Story = StoryObj<Args>;

export const SharedSettings: Story = {};
export const InEnglish: Story = { args: { lang: 'en' } };
