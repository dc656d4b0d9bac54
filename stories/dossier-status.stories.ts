import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Dossier } from '@motcua/core';
import { html } from 'lit';
import { DOSSIERS, NOW } from './backends.js';

interface Args {
  dossier: Dossier;
  lang: 'vi' | 'en';
  primary: string;
  danger: string;
}

const meta: Meta<Args> = {
  title: 'Elements/motcua-dossier-status',
  component: 'motcua-dossier-status',
  argTypes: {
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
    primary: { control: 'color', description: '--motcua-color-primary' },
    danger: { control: 'color', description: '--motcua-color-danger' },
    dossier: { control: 'object' },
  },
  args: { lang: 'vi', primary: '#0b5cad', danger: '#b1261c' },
  render: (a) =>
    html`<motcua-dossier-status
      lang=${a.lang}
      .dossier=${a.dossier}
      .now=${NOW}
      style="--motcua-color-primary:${a.primary};--motcua-color-danger:${a.danger}"
    ></motcua-dossier-status>`,
};
export default meta;
type Story = StoryObj<Args>;

export const OverdueAcrossLevels: Story = { args: { dossier: DOSSIERS.overdueMultiLevel } };
export const DueSoon: Story = { args: { dossier: DOSSIERS.dueSoon } };
export const MoreDocumentsRequested: Story = { args: { dossier: DOSSIERS.supplement } };
export const FeesToPay: Story = { args: { dossier: DOSSIERS.payment } };
export const FinishedLate: Story = { args: { dossier: DOSSIERS.doneLate } };
export const ResultReturned: Story = { args: { dossier: DOSSIERS.returned } };
export const NotAccepted: Story = { args: { dossier: DOSSIERS.refused } };
export const WithoutLookupKey: Story = {
  args: {
    dossier: { ...DOSSIERS.overdueMultiLevel, restricted: true, steps: undefined, applicant: { name: 'Nguyễn V. D.', masked: true } },
  },
};
export const VeryLongVietnameseText: Story = {
  args: {
    dossier: {
      ...DOSSIERS.overdueMultiLevel,
      procedure: {
        code: '1.012002',
        name: 'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu '.repeat(
          4,
        ),
      },
      agency: {
        name: 'Ủy ban nhân dân phường Nguyễn Du, thành phố Hà Tĩnh, tỉnh Hà Tĩnh — Bộ phận tiếp nhận và trả kết quả giải quyết thủ tục hành chính',
      },
    },
  },
};
export const English: Story = { args: { dossier: DOSSIERS.supplement, lang: 'en' } };
