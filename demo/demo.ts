import { parseDossierCode } from '@motcua/core';

const form = document.querySelector<HTMLFormElement>('#check')!;
const out = document.querySelector<HTMLElement>('#out')!;
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const parsed = parseDossierCode(new FormData(form).get('code')?.toString() ?? '');
  out.textContent = parsed
    ? `Mã hợp lệ: ${parsed.code} — tiếp nhận ngày ${parsed.receivedOn.split('-').reverse().join('/')}, số thứ tự ${parsed.sequence}.`
    : 'Mã hồ sơ chưa đúng định dạng. Ví dụ: 000.00.12.H42-241105-0003.';
});
