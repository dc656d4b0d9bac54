/**
 * Words more than one element uses, one export each so a bundle keeps only those its
 * elements name (see each element's `*.strings.ts`).
 */
import { INVALID_CODE_MESSAGE } from '@motcua/core';
export const codeLabel = 'Mã hồ sơ';
export const codeInvalid = INVALID_CODE_MESSAGE;
export const retry = 'Thử lại';
export const notConfigured = 'Chưa cấu hình máy chủ tra cứu (thuộc tính endpoint).';
export const received = 'Ngày nhận';
export const appointment = 'Ngày hẹn trả kết quả';
export const levelCommune = 'Cấp xã';
export const levelDistrict = 'Cấp huyện';
export const levelProvince = 'Cấp tỉnh';
export const onlineFull = 'Toàn trình';
export const onlinePartial = 'Một phần';
export const onlineNone = 'Chỉ nộp trực tiếp';
export const sector = 'Lĩnh vực';
export const online = 'Dịch vụ công trực tuyến';
export const scannerTitle = 'Quét mã trên giấy hẹn';
/** An amount of money, its digits written by formatNumber(). */
export const money = '{amount} đ';
export const storedCopy =
  'Bạn đang xem bản đã lưu lúc {time}, thông tin có thể đã cũ. Khi có mạng trở lại, hãy tải lại trang để xem thông tin mới.';
