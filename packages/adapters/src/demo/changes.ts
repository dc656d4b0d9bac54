/**
 * The demo data moving over time, so that following a dossier in `npm start` shows something:
 * a few dossiers walk the national statuses one step per tick — received, in progress, more
 * documents, in progress, fees, in progress, done, returned — and then start over, so that the
 * demo can be followed again. The other dossiers keep still (the samples `npm start` prints).
 */
import type { Dossier } from '@motcua/core';
import type { DossierStatusCode } from '@motcua/core/status';

const PATH: readonly DossierStatusCode[] = [2, 4, 5, 4, 6, 4, 9, 10];

export interface DemoChanges {
  /** The dossiers that move, the first one moving first. */
  readonly moving: readonly Dossier[];
  /** One step for each moving dossier in turn (the timer calls it; tests too). */
  tick(): Dossier;
  stop(): void;
}

/**
 * Moves `count` (default 3) of the accepted dossiers, one step every `everyMs` (default 30 s),
 * taking turns. The dossier objects change in place: a memory adapter over them answers anew.
 */
export function startDemoChanges(
  dossiers: Dossier[],
  { everyMs = 30_000, count = 3, now = Date.now }: { everyMs?: number; count?: number; now?: () => number } = {},
): DemoChanges {
  const moving = dossiers.filter((d) => d.status === 2).slice(0, count);
  if (!moving.length) throw new Error('startDemoChanges: no accepted dossier (status 2) to move');
  let turn = 0;
  // Where each stands on the path (a status alone does not say: "in progress" comes thrice).
  const step = new Map(moving.map((d) => [d, 0]));
  const tick = (): Dossier => {
    const dossier = moving[turn++ % moving.length]!;
    const position = (step.get(dossier)! + 1) % PATH.length;
    step.set(dossier, position);
    const next = PATH[position]!;
    const at = new Date(now()).toISOString();
    dossier.status = next;
    // The dates that go with the status, so that timeliness reads right.
    if (next === 9) dossier.completedAt = at;
    else if (next === 10) dossier.returnedAt = at;
    else if (next === 2) {
      delete dossier.completedAt;
      delete dossier.returnedAt;
    }
    return dossier;
  };
  const timer = everyMs > 0 ? setInterval(tick, everyMs) : undefined;
  // (Node: the demo's clock must not keep a process alive that is otherwise done.)
  (timer as { unref?: () => void } | undefined)?.unref?.();
  return { moving, tick, stop: () => clearInterval(timer) };
}
