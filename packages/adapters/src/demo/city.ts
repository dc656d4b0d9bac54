/**
 * The demo city: Hà Tĩnh as it was organised before July 2025 (province → city → wards),
 * with illustrative agency codes in the national format.
 */
import type { Agency } from '@motcua/core';

export const PROVINCE = { code: '000.00.00.H42', name: 'Ủy ban nhân dân tỉnh Hà Tĩnh' };
export const CITY = { code: '000.00.12.H42', name: 'Ủy ban nhân dân thành phố Hà Tĩnh' };

const WARDS = [
  'Bắc Hà',
  'Nam Hà',
  'Trần Phú',
  'Tân Giang',
  'Thạch Linh',
  'Thạch Quý',
  'Nguyễn Du',
  'Đại Nài',
  'Văn Yên',
  'Hà Huy Tập',
  'Thạch Trung',
  'Thạch Hạ',
  'Thạch Hưng',
  'Thạch Bình',
  'Đồng Môn',
];

export const WARD_AGENCIES: Agency[] = WARDS.map((name, i) => ({
  code: `000.${String(i + 1).padStart(2, '0')}.12.H42`,
  name: `Ủy ban nhân dân ${name === 'Đồng Môn' || name === 'Thạch Bình' ? 'xã' : 'phường'} ${name}`,
  level: 'commune',
  parentCode: CITY.code,
  address: `Trụ sở UBND ${name}, thành phố Hà Tĩnh`,
}));

export const PROVINCE_AGENCIES: Agency[] = [
  { code: '000.00.09.H42', name: 'Sở Tư pháp tỉnh Hà Tĩnh', level: 'province', parentCode: PROVINCE.code },
  { code: '000.00.10.H42', name: 'Sở Tài nguyên và Môi trường tỉnh Hà Tĩnh', level: 'province', parentCode: PROVINCE.code },
  { code: '000.00.11.H42', name: 'Sở Xây dựng tỉnh Hà Tĩnh', level: 'province', parentCode: PROVINCE.code },
  { code: '000.00.13.H42', name: 'Công an tỉnh Hà Tĩnh', level: 'province', parentCode: PROVINCE.code },
];

export const DEMO_AGENCIES: Agency[] = [
  { ...PROVINCE, level: 'province' },
  ...PROVINCE_AGENCIES,
  { ...CITY, level: 'district', parentCode: PROVINCE.code, address: 'Số 78 Phan Đình Phùng, thành phố Hà Tĩnh', phone: '0239 3855 xxx' },
  ...WARD_AGENCIES,
];

/** The city department that examines a dossier of this sector. */
export const CITY_DEPARTMENT: Record<string, string> = {
  DD: 'Phòng Tài nguyên và Môi trường',
  XD: 'Phòng Quản lý đô thị',
  QH: 'Phòng Quản lý đô thị',
  GT: 'Phòng Quản lý đô thị',
  MT: 'Phòng Tài nguyên và Môi trường',
  HT: 'Phòng Tư pháp',
  CT: 'Phòng Tư pháp',
  HKD: 'Phòng Tài chính – Kế hoạch',
  HTX: 'Phòng Tài chính – Kế hoạch',
  ATTP: 'Phòng Kinh tế',
  LT: 'Phòng Kinh tế',
  GD: 'Phòng Giáo dục và Đào tạo',
  BTXH: 'Phòng Lao động – Thương binh và Xã hội',
  NCC: 'Phòng Lao động – Thương binh và Xã hội',
  VH: 'Phòng Văn hóa và Thông tin',
};
