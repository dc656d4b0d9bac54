import { staticAdapter } from '@motcua/adapters';
import { createClient } from '@motcua/core';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { MotcuaProcedureDetail } from './procedure-detail.component.js';
import './procedure-detail.js';

// A ward's hand-written catalogue record, in the words wards use.
const WARD = {
  procedures: [
    {
      code: '1.001193',
      name: 'Đăng ký khai sinh',
      sector: { code: 'HT', name: 'Hộ tịch' },
      levels: ['Cấp xã'],
      onlineService: 'Toàn trình',
      onlineUrl: 'https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001193',
      processingTime: { value: 1, unit: 'ngày làm việc' },
      legalBasis: [
        { number: '60/2014/QH13', title: 'Luật Hộ tịch', issuer: 'Quốc hội' },
        { number: '123/2015/NĐ-CP', title: 'Nghị định 123/2015/NĐ-CP quy định chi tiết Luật Hộ tịch' },
      ],
    },
  ],
};

describe('<motcua-procedure-detail>', () => {
  it("shows a ward's procedure: its time in working days, each legal document with its number, an icon the font cannot lose", async () => {
    const client = createClient({ adapter: staticAdapter({ data: WARD }) });
    const el = await fixture<MotcuaProcedureDetail>(
      html`<motcua-procedure-detail .client=${client} code="1.001193"></motcua-procedure-detail>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part="title"]'), 'not shown');
    const text = (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
    expect(text).to.contain('1 ngày làm việc');
    const legal = [...el.shadowRoot!.querySelectorAll('section li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(legal).to.include('60/2014/QH13 Luật Hộ tịch — Quốc hội');
    expect(legal, 'a number the title already says is not repeated').to.include('Nghị định 123/2015/NĐ-CP quy định chi tiết Luật Hộ tịch');
    expect(el.shadowRoot!.querySelector('[part="online-link"] svg.icon')).not.to.equal(null);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('says "1 working day" in English', async () => {
    const client = createClient({ adapter: staticAdapter({ data: WARD }) });
    const el = await fixture<MotcuaProcedureDetail>(
      html`<motcua-procedure-detail lang="en" .client=${client} code="1.001193"></motcua-procedure-detail>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part="title"]'), 'not shown');
    expect(el.shadowRoot!.textContent).to.contain('1 working day');
    expect(el.shadowRoot!.textContent).not.to.contain('1 working days');
  });
});
