import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { DOSSIERS } from './backends.js';

const meta: Meta = { title: 'Elements/barcodes' };
export default meta;
type Story = StoryObj;

/** The receipt barcode alone: a Code 128 SVG with the code beneath. */
export const ReceiptBarcode: Story = {
  render: () => html`<motcua-dossier-barcode lang="vi" code=${DOSSIERS.dueSoon.code}></motcua-dossier-barcode>`,
};

/** The printable receipt block an office prints from a portal. */
export const PrintableReceipt: Story = {
  render: () =>
    html`<motcua-dossier-barcode lang="vi" receipt .dossier=${DOSSIERS.overdueMultiLevel} lookup-key=${DOSSIERS.overdueMultiLevel.lookupKey ?? ''} lookup-url="https://dichvucong.example.gov.vn/tra-cuu"></motcua-dossier-barcode>`,
};

/** A code that is not a dossier code: a message instead of a wrong barcode. */
export const InvalidCode: Story = { render: () => html`<motcua-dossier-barcode lang="vi" code="12345"></motcua-dossier-barcode>` };

/**
 * The camera scanner, closed: "Mở camera" asks for the camera. Where the browser has no camera
 * or permission, it explains and offers a photo or typing the code.
 */
export const Scanner: Story = {
  render: () => html`<motcua-barcode-scanner lang="vi"></motcua-barcode-scanner>`,
};

export const ScannerEnglish: Story = { render: () => html`<motcua-barcode-scanner lang="en"></motcua-barcode-scanner>` };
