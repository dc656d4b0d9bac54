/**
 * GET /lookup?code=&key= — the lookup as a plain HTML page, for browsers without JavaScript:
 * a portal's `<form action="…/lookup">` works everywhere. The same access as the API
 * (dossier-access.ts: guard, key, budget, view); everything from the backend is escaped.
 */
import { foldVietnamese, vietnamDate, type Dossier } from '@motcua/core';
import { dossierStatus, dossierTimeliness } from '@motcua/core/status';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { accessDossier } from '../dossier-access.js';
import { schemas } from '../api-schemas.js';
import { DOSSIER_BUDGET, type RouteContext } from '../reply.js';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const day = (iso?: string) => (iso ? vietnamDate(iso).split('-').reverse().join('/') : '');

function page(title: string, body: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title></head><body><main>${body}
<form action="lookup" method="get"><p><label for="code">Mã hồ sơ</label><br><input id="code" name="code" required></p><p><label for="key">Mã tra cứu (không bắt buộc)</label><br><input id="key" name="key"></p><p><button type="submit">Tra cứu</button></p></form></main></body></html>`;
}

function describe(d: Dossier): string {
  const t = dossierTimeliness(d);
  const timeliness = t.state === 'overdue' ? `Quá hạn ${t.daysLate} ngày` : t.state === 'due-soon' ? `Sắp đến hạn (còn ${t.daysLeft} ngày)` : t.state === 'on-time' ? `Đúng hạn (còn ${t.daysLeft} ngày)` : t.state === 'done-late' ? `Giải quyết trễ ${t.daysLate} ngày` : t.state === 'done-on-time' ? 'Đã giải quyết đúng hạn' : '';
  const rows: Array<[string, string | undefined]> = [
    ['Mã hồ sơ', d.code],
    ['Thủ tục', d.procedure.name],
    ['Trạng thái', dossierStatus(d.status).label.vi],
    // The office's own words, when they say more than the national label (a status the adapter had to guess).
    ['Trạng thái tại cơ quan', d.statusLabel && foldVietnamese(d.statusLabel) !== foldVietnamese(dossierStatus(d.status).label.vi) ? d.statusLabel : undefined],
    ['Tiến độ', timeliness],
    ['Ngày hẹn trả kết quả', day(d.appointmentAt)],
    ['Nơi tiếp nhận', d.agency?.name],
    ['Người nộp', d.applicant?.name],
    ['Nhận kết quả', d.resultDelivery === 'postal' ? 'Qua bưu chính' : d.resultDelivery === 'in-person' ? 'Tại Bộ phận một cửa' : undefined],
  ];
  const steps = (d.steps ?? []).map((s) => `<li>${escape(s.name)}${s.department ? ` — ${escape(s.department)}` : ''}${s.handler ? ` (${escape(s.handler.name)})` : ''}${s.finishedAt ? ' ✓' : ''}</li>`).join('');
  return `<h1>Kết quả tra cứu hồ sơ</h1><dl>${rows.filter(([, v]) => v).map(([k, v]) => `<dt>${k}</dt><dd>${escape(v!)}</dd>`).join('')}</dl>${steps ? `<h2>Quá trình xử lý</h2><ol>${steps}</ol>` : d.restricted ? '<p>Nhập mã tra cứu in trên giấy hẹn để xem chi tiết quá trình xử lý.</p>' : ''}`;
}

/** The page an error on this route answers with (the app's error handler renders it). */
export function errorPage(message: string): string {
  return page('Không tra cứu được', `<h1>Không tra cứu được</h1><p role="alert">${escape(message)}</p>`);
}

export async function lookupPageRoutes(app: FastifyInstance, context: RouteContext): Promise<void> {
  const send = (reply: FastifyReply, html: string) => reply.type('text/html; charset=utf-8').send(html);
  // Every answer of this page, error pages included: one citizen's dossier, its address maybe
  // holding the key — kept by no shared cache and not by the browser's.
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'private, no-store');
  });

  app.get<{ Querystring: { code?: string; key?: string } }>(
    '/lookup',
    {
      config: { rateLimit: { max: (request) => context.limitsFor(request).dossierPerMinute, timeWindow: 60_000, groupId: DOSSIER_BUDGET }, errorPage },
      schema: {
        tags: ['dossiers'],
        operationId: 'lookupPage', summary: 'The dossier lookup as an HTML page, for browsers without JavaScript (same privacy, budget and limits as the JSON look-up)',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { code: { ...schemas.dossierCode, description: 'Without it, the empty form.' }, key: schemas.lookupKey },
        },
        produces: ['text/html'],
        response: Object.fromEntries(
          [200, 400, 403, 404, 429, 501, 502, 503, 504].map((status) => [
            status,
            { description: status === 200 ? 'The form, or the answer above it.' : 'The form with the reason it could not look the dossier up.', content: { 'text/html': { schema: { type: 'string' } } } },
          ]),
        ),
      },
    },
    async (request, reply) => {
      const { code, key = '' } = request.query;
      if (!code) return send(reply, page('Tra cứu hồ sơ', '<h1>Tra cứu hồ sơ</h1>'));
      const dossier = await accessDossier(context, request, code, key.trim());
      return send(reply, page(`Hồ sơ ${dossier.code}`, describe(dossier)));
    },
  );
}
