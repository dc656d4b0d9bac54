/**
 * Words more than one element uses, one export each so a bundle keeps only those its
 * elements name (see each element's `*.strings.ts`).
 */
import { INVALID_CODE_MESSAGE } from '@motcua/core';
export const codeLabel = { vi: 'Mã hồ sơ', en: 'Dossier code' };
export const codeInvalid = INVALID_CODE_MESSAGE;
export const retry = { vi: 'Thử lại', en: 'Try again' };
export const notConfigured = { vi: 'Chưa cấu hình máy chủ tra cứu (thuộc tính endpoint).', en: 'No lookup server is configured (the endpoint attribute).' };
export const received = { vi: 'Ngày nhận', en: 'Received' };
export const appointment = { vi: 'Ngày hẹn trả kết quả', en: 'Result due' };
export const levelCommune = { vi: 'Cấp xã', en: 'Commune' };
export const levelDistrict = { vi: 'Cấp huyện', en: 'District' };
export const levelProvince = { vi: 'Cấp tỉnh', en: 'Province' };
export const onlineFull = { vi: 'Toàn trình', en: 'Fully online' };
export const onlinePartial = { vi: 'Một phần', en: 'Partly online' };
export const onlineNone = { vi: 'Chỉ nộp trực tiếp', en: 'In person only' };
export const sector = { vi: 'Lĩnh vực', en: 'Sector' };
export const online = { vi: 'Dịch vụ công trực tuyến', en: 'Online service' };
export const scannerTitle = { vi: 'Quét mã trên giấy hẹn', en: 'Scan the receipt' };
export const storedCopy = {
  vi: 'Bạn đang xem bản đã lưu lúc {time}, thông tin có thể đã cũ. Khi có mạng trở lại, hãy tải lại trang để xem thông tin mới.',
  en: 'You are seeing a copy kept at {time}; it may be out of date. When you are back online, reload the page for the latest.',
};
