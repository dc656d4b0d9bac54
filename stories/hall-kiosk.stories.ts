import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { MotcuaClient } from '@motcua/core';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { data, demoClient } from './backends.js';

interface Args {
  client: MotcuaClient;
  lang: 'vi' | 'en';
  /** What the desk's scanner read (a receipt's code or link); empty for the start screen. */
  scanned: string;
  idle: number;
  warn: number;
}

const withKey = data.dossiers.find((d) => d.lookupKey && d.status === 5)!;

/**
 * The hall's look-up kiosk: a portrait touch screen with the desk's USB barcode scanner.
 * Scan a receipt (type a code and press Enter within a few milliseconds, as a scanner does),
 * or browse the procedures by sector. It clears itself after `idle` seconds without a touch.
 */
const meta: Meta<Args> = {
  title: 'Elements/motcua-hall-kiosk',
  component: 'motcua-hall-kiosk',
  argTypes: { lang: { control: 'inline-radio', options: ['vi', 'en'] }, client: { control: false } },
  args: { client: demoClient, lang: 'vi', scanned: '', idle: 90, warn: 20 },
  render: (a) =>
    html`<motcua-hall-kiosk
      .client=${a.client}
      lang=${a.lang}
      idle=${a.idle}
      warn=${a.warn}
      ${ref((el) => {
        if (el && a.scanned) (el as HTMLElement & { scan(text: string): void }).scan(a.scanned);
      })}
    ></motcua-hall-kiosk>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Start: Story = {};
export const InEnglish: Story = { args: { lang: 'en' } };
/** The receipt's QR: its link carries the code and the key. */
export const ReceiptScanned: Story = {
  args: { scanned: `https://dichvucong.hatinh.gov.vn/tra-cuu?code=${withKey.code}&key=${withKey.lookupKey}` },
};
/** Something that is not a receipt (a product's barcode). */
export const NotAReceipt: Story = { args: { scanned: '8935049510017' } };
