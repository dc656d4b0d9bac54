// The demo portal until the web components exist: the SDK with the REST adapter against the
// gateway that serves this page. Everything from the backend is rendered as text.
import { restAdapter } from '@motcua/adapters';
import { createClient, dossierStatus, dossierTimeliness, extractDossierCode, isMotcuaError, vietnamDate } from '@motcua/core';

const client = createClient({ adapter: restAdapter({ endpoint: location.origin }) });
const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const show = (el: HTMLElement, lines: string[]) => el.replaceChildren(...lines.map((l) => Object.assign(document.createElement('p'), { textContent: l })));
const day = (iso?: string) => (iso ? vietnamDate(iso).split('-').reverse().join('/') : '—');

$<HTMLFormElement>('#lookup').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = new FormData(event.target as HTMLFormElement);
  const typed = String(form.get('code') ?? '');
  const found = extractDossierCode(typed);
  const out = $('#lookup-result');
  show(out, ['Đang tra cứu…']);
  try {
    const d = await client.dossiers.lookup(found?.code ?? typed, { key: String(form.get('key') ?? '') || found?.key || '' });
    const t = dossierTimeliness(d);
    show(out, [
      `${d.code} — ${d.procedure.name}`,
      `Trạng thái: ${dossierStatus(d.status).label.vi}`,
      `Ngày hẹn trả: ${day(d.appointmentAt)}${t.state === 'overdue' ? ` (quá hạn ${t.daysLate} ngày)` : ''}`,
      ...(d.steps ?? []).map((s) => `• ${s.name} — ${s.department ?? ''} ${s.handler ? `(${s.handler.name})` : ''} ${s.status === 'done' ? '✓' : ''}`),
    ]);
  } catch (error) {
    show(out, [isMotcuaError(error) ? error.message : 'Đã có lỗi xảy ra.']);
  }
});

$<HTMLInputElement>('#q').addEventListener('input', async (event) => {
  const q = (event.target as HTMLInputElement).value;
  try {
    const { items, total } = await client.procedures.search(q, { limit: 8 });
    show($('#results'), [`${total} thủ tục`, ...items.map((h) => `${h.procedure.code} — ${h.procedure.name}`)]);
  } catch (error) {
    show($('#results'), [isMotcuaError(error) ? error.message : 'Đã có lỗi xảy ra.']);
  }
});
