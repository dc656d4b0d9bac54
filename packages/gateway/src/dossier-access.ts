/**
 * One path from a citizen's code (and key) to what they may see, for the JSON API and the
 * no-JavaScript page alike: the enumeration guard, the look-up, the key check, the failure
 * count and its log line, and the view.
 *
 * The key goes to the backend with the look-up. A backend that checks keys itself (OpenCPS,
 * another motcua gateway: `adapter.checksKeys`) refuses a wrong one and answers a right one
 * with details; for the others the gateway compares it with what the backend sent (the
 * receipt's lookup key, or the applicant's ID number).
 */
import { WRONG_KEY_MESSAGE, KEY_NEEDED_MESSAGE, MotcuaError, parseDossierCode, type Dossier } from '@motcua/core';
import type { FastifyRequest } from 'fastify';
import { rateLimited } from './errors.js';
import { fullView, keyMatches, publicView } from './privacy.js';
import type { RouteContext } from './reply.js';

const WRONG_KEY = WRONG_KEY_MESSAGE;
const KEY_NEEDED = KEY_NEEDED_MESSAGE;
const PAUSED = {
  vi: 'Hồ sơ này tạm dừng tra cứu bằng mã tra cứu vì có quá nhiều lần nhập sai mã. Bạn vẫn xem được trạng thái hồ sơ; vui lòng thử lại mã tra cứu sau ít phút.',
  en: 'Lookups of this dossier with a key are paused: too many wrong keys were tried. Its status can still be seen; please try the key again in a few minutes.',
};

/** The dossier as this request may see it; throws a MotcuaError (rate-limited, not-found, key-required…). */
export async function accessDossier(context: RouteContext, request: FastifyRequest, code: string, key: string): Promise<Dossier> {
  const client = context.clientOf(request);
  const limits = context.limitsFor(request);
  const { failedLookups } = limits;
  const blocked = await context.guard.blockedFor(client, failedLookups);
  if (blocked) throw rateLimited(blocked);
  if (key.length > 64) throw new MotcuaError('invalid-input', 'key too long', { field: 'key' });
  // (An invalid code is refused by the client below, before any backend call.)
  const normalized = parseDossierCode(code)?.code;
  if (key && normalized) {
    const paused = await context.guard.dossierPausedFor(normalized);
    if (paused) throw new MotcuaError('rate-limited', `keyed look-ups of ${normalized} paused`, { retryAfter: paused, messages: PAUSED });
  }

  const failed = async (reason: string) => {
    const count = await context.guard.fail(client);
    if (count >= failedLookups) request.log.warn({ client, failures: count, reason }, 'dossier enumeration suspected: client blocked');
    if (reason === 'wrong key' && normalized && (await context.guard.wrongKey(normalized, limits.wrongKeysPerDossier, limits.dossierPauseMinutes * 60_000))) {
      request.log.warn({ code: normalized, wrongKeys: limits.wrongKeysPerDossier, pauseMinutes: limits.dossierPauseMinutes }, 'key guessing suspected: keyed look-ups of this dossier paused');
    }
  };
  const checkedByBackend = context.adapter.checksKeys === true;
  let dossier: Dossier;
  try {
    // The client refuses an invalid code (400) before any backend call.
    dossier = await context.client.dossiers.lookup(code, key && checkedByBackend ? { key } : {});
  } catch (error) {
    if (error instanceof MotcuaError && error.kind === 'not-found') await failed('unknown code');
    // A backend that answers only with the key (OpenCPS): asking for it is not a failed guess.
    if (error instanceof MotcuaError && error.kind === 'key-required' && !key) throw new MotcuaError('key-required', `the backend needs the lookup key: ${error.detail}`, { messages: KEY_NEEDED });
    if (error instanceof MotcuaError && error.kind === 'key-required') {
      await failed('wrong key');
      throw new MotcuaError('key-required', `the backend refused the key: ${error.detail}`, { messages: WRONG_KEY });
    }
    throw error;
  }
  if (!key) return publicView(dossier);
  if (!checkedByBackend && !keyMatches(dossier, key)) {
    await failed('wrong key');
    throw new MotcuaError('key-required', 'wrong lookup key', { messages: WRONG_KEY });
  }
  return fullView(dossier);
}
