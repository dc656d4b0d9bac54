/**
 * /lookup — the lookup as a plain HTML page, for browsers without JavaScript: a portal's
 * `<form action="…/lookup" method="post">` works everywhere. Its form asks for the key this
 * gateway checks and sends it in the body (an ID number never in the address); a receipt's
 * link (`GET /lookup?code=&key=`) works too. The same access as the API (dossier-access.ts:
 * guard, key, budget, view); everything from the backend is escaped.
 */
import { foldVietnamese, KEY_WORDS, RESTRICTED_WORDS, type Dossier, type KeyKind } from '@motcua/core';
import { dossierStatus } from '@motcua/core/status';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod/mini';
import { refuseKeyInUrl } from './dossiers.js';
import { pageAnswers, schemas } from '../api-schemas.js';
import { pageErrors } from '../error-replies.js';
import { DOSSIER_BUDGET } from '../limits.js';
import { escapeHtml, pageDay, timelinessWords } from '../page-text.js';


/** Before any answer from a gateway that passes on another's kind: either may be asked for. */
const EITHER_KEY = { label: 'Mã tra cứu hoặc số định danh của người nộp (không bắt buộc)', hint: 'Mã tra cứu in trên giấy hẹn; nếu giấy hẹn không có, số định danh cá nhân (CCCD) của người đứng tên hồ sơ.' };

/** The key field, as the office asks for it: words, keyboard (digits for a number), length. */
function keyField(kind: KeyKind | undefined): string {
  const words = kind ? { label: KEY_WORDS[kind].label.vi, hint: KEY_WORDS[kind].hint.vi } : EITHER_KEY;
  const input = kind === 'id-number' ? ' inputmode="numeric" maxlength="15"' : kind === 'phone' ? ' type="tel" inputmode="tel" maxlength="16"' : ' maxlength="64"';
  return `<p><label for="key">${escapeHtml(words.label)}</label><br><input id="key" name="key" autocomplete="off" aria-describedby="key-hint"${input}><br><small id="key-hint">${escapeHtml(words.hint)}</small></p>`;
}

function page(title: string, body: string, kind: KeyKind | undefined): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head><body><main>${body}
<form action="lookup" method="post"><p><label for="code">Mã hồ sơ</label><br><input id="code" name="code" required></p>${keyField(kind)}<p><button type="submit">Tra cứu</button></p></form></main></body></html>`;
}

function describe(d: Dossier): string {
  const timeliness = timelinessWords(d);
  const rows: Array<[string, string | undefined]> = [
    ['Mã hồ sơ', d.code],
    ['Thủ tục', d.procedure.name],
    ['Trạng thái', dossierStatus(d.status).label.vi],
    // The office's own words, when they say more than the national label (a status the adapter had to guess).
    ['Trạng thái tại cơ quan', d.statusLabel && foldVietnamese(d.statusLabel) !== foldVietnamese(dossierStatus(d.status).label.vi) ? d.statusLabel : undefined],
    ['Tiến độ', timeliness],
    ['Ngày hẹn trả kết quả', pageDay(d.appointmentAt)],
    ['Nơi tiếp nhận', d.agency?.name],
    ['Người nộp', d.applicant?.name],
    ['Nhận kết quả', d.resultDelivery === 'postal' ? 'Qua bưu chính' : d.resultDelivery === 'in-person' ? 'Tại Bộ phận một cửa' : undefined],
  ];
  const steps = (d.steps ?? []).map((s) => `<li>${escapeHtml(s.name)}${s.department ? ` — ${escapeHtml(s.department)}` : ''}${s.handler ? ` (${escapeHtml(s.handler.name)})` : ''}${s.finishedAt ? ' ✓' : ''}</li>`).join('');
  const restricted = d.restricted ? `<p>${escapeHtml(RESTRICTED_WORDS[d.keyKind ?? 'receipt'].vi)}</p>` : '';
  return `<h1>Kết quả tra cứu hồ sơ</h1><dl>${rows.filter(([, v]) => v).map(([k, v]) => `<dt>${k}</dt><dd>${escapeHtml(v!)}</dd>`).join('')}</dl>${steps ? `<h2>Quá trình xử lý</h2><ol>${steps}</ol>` : restricted}`;
}

const PAGE_RESPONSES = pageAnswers([200, 400, 403, 404, 429, 501, 502, 503, 504], (status) => (status === 200 ? 'The form, or the answer above it.' : 'The form with the reason it could not look the dossier up.'));

/** The form's fields, in the query (a receipt's link) or the body (the form's POST). */
const FORM = z.strictObject({ code: z.optional(schemas.dossierCode.check(z.describe('Without it, the empty form.'))), key: z.optional(schemas.lookupKey) });

/**
 * The page's own area: every refusal — a bad field, the budget, a wrong key — is answered as the
 * page with its reason, never as the API's JSON (its error handler is this scope's).
 */
export const lookupPageRoutes: FastifyPluginAsyncZod = async (app) => {
  const send = (reply: FastifyReply, html: string) => reply.type('text/html; charset=utf-8').send(html);
  const { dossiers } = app;
  const knownKind = dossiers.knownKeyKind;
  // The error page's form asks for the key the error names.
  app.setErrorHandler(pageErrors((message, error) => page('Không tra cứu được', `<h1>Không tra cứu được</h1><p role="alert">${escapeHtml(message)}</p>`, error.keyKind ?? knownKind)));
  const look = async (request: FastifyRequest, reply: FastifyReply, code: string | undefined, key: string) => {
    if (!code) return send(reply, page('Tra cứu hồ sơ', '<h1>Tra cứu hồ sơ</h1>', knownKind));
    const dossier = await dossiers.lookup(request, code, key.trim());
    return send(reply, page(`Hồ sơ ${dossier.code}`, describe(dossier), dossiers.keyKindOf(dossier)));
  };
  // Every answer of this page, error pages included: one citizen's dossier, its address maybe
  // holding the key — kept by no shared cache and not by the browser's.
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'private, no-store');
  });

  app.get(
    '/lookup',
    {
      config: DOSSIER_BUDGET,
      schema: {
        tags: ['dossiers'],
        operationId: 'lookupPage', summary: 'The dossier lookup as an HTML page, for browsers without JavaScript (same privacy, budget and limits as the JSON look-up)',
        querystring: FORM,
        produces: ['text/html'],
        response: PAGE_RESPONSES,
      },
    },
    async (request, reply) => {
      refuseKeyInUrl(request.query.key, knownKind);
      return look(request, reply, request.query.code, request.query.key ?? '');
    },
  );

  app.post(
    '/lookup',
    {
      config: DOSSIER_BUDGET,
      schema: {
        tags: ['dossiers'],
        operationId: 'lookupPageForm', summary: "The no-JavaScript page's form: code and key in the body (an ID number never in the address)",
        body: FORM,
        produces: ['text/html'],
        response: PAGE_RESPONSES,
      },
    },
    async (request, reply) => look(request, reply, request.body.code, request.body.key ?? ''),
  );
};
