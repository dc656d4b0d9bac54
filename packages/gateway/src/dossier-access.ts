/**
 * One path from a citizen's code (and key) to what they may see, for the JSON API and the
 * no-JavaScript page alike: the enumeration guard, the look-up, the key check, the failure
 * count and its log line, and the view.
 *
 * The key goes to the backend with the look-up. A backend that checks keys itself (OpenCPS,
 * another motcua gateway: `adapter.checksKeys`) refuses a wrong one and answers a right one
 * with details; for the others the gateway compares it with what the backend sent for the
 * one kind of key it checks (`keyKindOf`: the receipt's key, the applicant's ID number or
 * phone number), and every answer and key error says which kind that is.
 */
import { KEY_WORDS, keyShapeOk, MotcuaError, parseDossierCode, type Dossier, type KeyKind, type MotcuaClient } from '@motcua/core';
import type { FastifyRequest } from 'fastify';
import { rateLimited } from './errors.js';
import type { GatewayLimits } from './limits.js';
import type { LookupGuard } from './lookup-guard.js';
import { fullView, keyMatches, publicView } from './privacy.js';
import { gatewayText } from './words.js';

const PAUSED = gatewayText('error.paused');

/** A key error that says what to type. */
function keyError(detail: string, kind: KeyKind, words: 'wrong' | 'needed' | 'invalid'): MotcuaError {
  return new MotcuaError(words === 'invalid' ? 'invalid-input' : 'key-required', detail, {
    messages: KEY_WORDS[kind][words],
    keyKind: kind,
    ...(words === 'invalid' ? { field: 'key' } : {}),
  });
}

export interface DossierAccess {
  /** The kind known before any answer: configured, or the adapter's (undefined behind another gateway, which says it with its answers). */
  readonly knownKeyKind: KeyKind | undefined;
  /**
   * The key this gateway checks: as configured, else as its backend asks (an adapter that knows
   * its backend), else as the gateway behind it says (a motcua gateway in front of another
   * passes its answer on), else the receipt's key.
   */
  keyKindOf(said?: { keyKind?: KeyKind | undefined }): KeyKind;
  /** The dossier as this request may see it; throws a MotcuaError (rate-limited, not-found, key-required…). */
  lookup(request: FastifyRequest, code: string, key: string): Promise<Dossier>;
}

export interface DossierAccessOptions {
  client: MotcuaClient;
  guard: LookupGuard;
  /** The key the operator says citizens type, else the adapter's (`adapter.keyKind`). */
  keyKind: KeyKind | undefined;
  /** The backend checks the key itself (`adapter.checksKeys`). */
  checkedByBackend: boolean;
  limitsFor(request: FastifyRequest): GatewayLimits;
  clientOf(request: FastifyRequest): string;
}

export function dossierAccess(options: DossierAccessOptions): DossierAccess {
  const { client: backend, guard, keyKind: knownKind, checkedByBackend } = options;
  const keyKindOf = (said?: { keyKind?: KeyKind | undefined }): KeyKind => knownKind ?? said?.keyKind ?? 'receipt';

  async function lookup(request: FastifyRequest, code: string, key: string): Promise<Dossier> {
    const client = options.clientOf(request);
    const limits = options.limitsFor(request);
    const { failedLookups } = limits;
    const blocked = await guard.blockedFor(client, failedLookups);
    if (blocked) throw rateLimited(blocked);
    if (key.length > 64) throw new MotcuaError('invalid-input', 'key too long', { field: 'key' });
    // The shape the office's key has (12 digits for an ID): a typing slip is said at once and is
    // not a guess. (Unknown until the answer for a gateway that passes on another's kind.)
    if (key && knownKind && !keyShapeOk(knownKind, key)) throw keyError(`the key is not shaped as a ${knownKind}`, knownKind, 'invalid');
    // (An invalid code is refused by the client below, before any backend call.)
    const normalized = parseDossierCode(code)?.code;
    if (key && normalized) {
      const paused = await guard.dossierPausedFor(normalized);
      if (paused)
        throw new MotcuaError('rate-limited', `keyed look-ups of ${normalized} paused`, {
          retryAfter: paused,
          messages: PAUSED,
          ...(knownKind ? { keyKind: knownKind } : {}),
        });
    }

    const failed = async (reason: 'unknown code' | 'wrong key') => {
      // An unknown code is the same failure whatever key came with it; a wrong key, per key.
      const count = await guard.fail(client, reason === 'wrong key' ? `${normalized ?? code}\n${key}` : (normalized ?? code));
      if (count === undefined) return; // this very failure again: no new guess
      if (count >= failedLookups) request.log.warn({ client, failures: count, reason }, 'dossier enumeration suspected: client blocked');
      if (
        reason === 'wrong key' &&
        normalized &&
        (await guard.wrongKey(normalized, key, limits.wrongKeysPerDossier, limits.dossierPauseMinutes * 60_000))
      ) {
        request.log.warn(
          { code: normalized, wrongKeys: limits.wrongKeysPerDossier, pauseMinutes: limits.dossierPauseMinutes },
          'key guessing suspected: keyed look-ups of this dossier paused',
        );
      }
    };
    let dossier: Dossier;
    try {
      // The client refuses an invalid code (400) before any backend call.
      dossier = await backend.dossiers.lookup(code, key && checkedByBackend ? { key } : {});
    } catch (error) {
      if (error instanceof MotcuaError && error.kind === 'not-found') await failed('unknown code');
      if (error instanceof MotcuaError && error.kind === 'key-required') {
        const kind = keyKindOf(error);
        // A backend that answers only with the key (OpenCPS): asking for it is not a failed guess.
        if (!key) throw keyError(`the backend needs the key: ${error.detail}`, kind, 'needed');
        await failed('wrong key');
        throw keyError(`the backend refused the key: ${error.detail}`, kind, 'wrong');
      }
      throw error;
    }
    const kind = keyKindOf(dossier);
    if (!key) return publicView(dossier, kind);
    if (!checkedByBackend && !keyMatches(kind, dossier, key)) {
      await failed('wrong key');
      throw keyError('wrong key', kind, 'wrong');
    }
    return fullView(dossier, kind);
  }

  return { knownKeyKind: knownKind, keyKindOf, lookup };
}
