import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { MotcuaError, type MotcuaClient } from '@motcua/core';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { demoClient, failingClient } from './backends.js';

interface Args {
  client: MotcuaClient;
  /** Unset: the board fills the screen and shows what fits. */
  pageSize: number | undefined;
  lang: 'vi' | 'en';
}

/** The one-door hall's TV: results ready to collect and dossiers waiting for the applicant. */
const meta: Meta<Args> = {
  title: 'Elements/motcua-status-board',
  component: 'motcua-status-board',
  argTypes: { lang: { control: 'inline-radio', options: ['vi', 'en'] }, client: { control: false } },
  args: { client: demoClient, pageSize: undefined, lang: 'vi' },
  render: (a) => html`<motcua-status-board .client=${a.client} page-size=${ifDefined(a.pageSize)} lang=${a.lang}></motcua-status-board>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Hall: Story = {};
/** A fixed number per page, as tall as its entries (inside a page rather than on a TV). */
export const SixAPage: Story = { args: { pageSize: 6 } };
export const InEnglish: Story = { args: { lang: 'en' } };
export const Unsupported: Story = { args: { client: failingClient(new MotcuaError('unsupported', 'no board')) } };
