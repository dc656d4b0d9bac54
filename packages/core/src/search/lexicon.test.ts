import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Procedure } from '../model.js';
import { createProcedureIndex } from './procedure-index.js';

// Real titles of a province's catalogue (test/fixtures/national-procedures.json and the demo
// ward's), each with the near neighbours a citizen's words land on without round 4's concepts.
const TITLES = [
  'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ',
  'Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV',
  'Cấp giấy phép lái xe',
  'Cấp Giấy phép đào tạo lái xe, cấp Giấy phép xe tập lái',
  'Cấp bổ sung xe tập lái, cấp lại Giấy phép xe tập lái',
  'Cấp Giấy chứng nhận giáo viên dạy thực hành lái xe',
  'Cấp giấy phép cho trung tâm sát hạch lái xe loại 3',
  'Cấp giấy phép thăm dò nước dưới đất đối với công trình có quy mô dưới 5.000 m3/ngày đêm',
  'Đăng ký khai thác nước dưới đất',
  'Cấp Giấy phép thăm dò khoáng sản (cấp Bộ)',
  'Đăng ký khai thác nước mặt, nước biển, đăng ký sử dụng mặt nước, đào hồ, ao, sông, suối, kênh, mương, rạch',
  'Giao khu vực biển cho cá nhân Việt Nam để nuôi trồng thủy sản',
  'Phục hồi hoạt động của cơ sở, phương tiện giao thông cơ giới, hộ gia đình và cá nhân',
  'Thẩm duyệt thiết kế về phòng cháy và chữa cháy',
  'Nghiệm thu về phòng cháy và chữa cháy',
  'Cấp Giấy phép vận chuyển hàng hóa nguy hiểm trên đường bộ',
  'Cấp Giấy phép kinh doanh vận tải bằng xe ô tô, bằng xe bốn bánh có gắn động cơ',
  'Đăng ký phương tiện lần đầu đối với phương tiện chưa khai thác trên đường thủy nội địa',
  'Đăng ký lại phương tiện thủy nội địa, đăng ký thuyền, đò chở khách',
];

const catalogue: Procedure[] = TITLES.map((name, i) => ({
  code: `T-${i + 1}`,
  name,
  sector: { code: 'S', name: 'Thử' },
  levels: ['province'],
  onlineService: 'partial',
}));
const index = createProcedureIndex(catalogue);
const top = (query: string) => index.search(query, { limit: 1 })[0]?.procedure.name;

describe('the lexicon: a province catalogue in citizens’ words (round 4)', () => {
  it('reads a driving school and adding cars as the titles say them', () => {
    assert.equal(top('mo trung tam day lai xe'), 'Cấp Giấy phép đào tạo lái xe, cấp Giấy phép xe tập lái');
    assert.equal(top('them xe tap lai cho trung tam'), 'Cấp bổ sung xe tập lái, cấp lại Giấy phép xe tập lái');
  });

  it('knows groundwater and digging a pond', () => {
    assert.equal(top('tham do nuoc ngam'), 'Cấp giấy phép thăm dò nước dưới đất đối với công trình có quy mô dưới 5.000 m3/ngày đêm');
    assert.equal(
      top('dao ao nuoi ca'),
      'Đăng ký khai thác nước mặt, nước biển, đăng ký sử dụng mặt nước, đào hồ, ao, sông, suối, kênh, mương, rạch',
    );
  });

  it('reads opening again after a suspension as resuming', () => {
    assert.equal(
      top('bi dinh chi pccc xin hoat dong lai'),
      'Phục hồi hoạt động của cơ sở, phương tiện giao thông cơ giới, hộ gia đình và cá nhân',
    );
  });

  it('knows a tanker carries dangerous goods', () => {
    assert.equal(top('xe bon cho xang dau xin phep'), 'Cấp Giấy phép vận chuyển hàng hóa nguy hiểm trên đường bộ');
  });

  it('reads building a workshop as a works permit, not a house', () => {
    assert.equal(top('xin giay phep xay nha xuong cap 3'), 'Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV');
  });
});
