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
import { WRONG_KEY_MESSAGE, KEY_NEEDED_MESSAGE, MotcuaError, type Dossier } from '@motcua/core';
import type { FastifyRequest } from 'fastify';
import { rateLimited } from './errors.js';
import { fullView, keyMatches, publicView } from './privacy.js';
import { clientId, type RouteContext } from './reply.js';

const WRONG_KEY = WRONG_KEY_MESSAGE;
const KEY_NEEDED = KEY_NEEDED_MESSAGE;

/** The dossier as this request may see it; throws a MotcuaError (rate-limited, not-found, key-required…). */
export async function accessDossier(context: RouteContext, request: FastifyRequest, code: string, key: string): Promise<Dossier> {
  const client = clientId(request);
  const { failedLookups } = context.limitsFor(request);
  const blocked = await context.guard.blockedFor(client, failedLookups);
  if (blocked) throw rateLimited(blocked);
  if (key.length > 64) throw new MotcuaError('invalid-input', 'key too long', { field: 'key' });

  const failed = async (reason: string) => {
    const count = await context.guard.fail(client);
    if (count >= failedLookups) request.log.warn({ client, failures: count, reason }, 'dossier enumeration suspected: client blocked');
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
