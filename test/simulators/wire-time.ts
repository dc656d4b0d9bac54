/** Instants written the way each backend writes them, in Vietnam time (UTC+7, no DST). */
const parts = (iso: string) => {
  const t = new Date(Date.parse(iso) + 7 * 3_600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return {
    y: String(t.getUTCFullYear()),
    mo: p(t.getUTCMonth() + 1),
    d: p(t.getUTCDate()),
    h: p(t.getUTCHours()),
    mi: p(t.getUTCMinutes()),
    s: p(t.getUTCSeconds()),
  };
};

/** iGate: `2024-11-05T08:30:00.000+0700` (public client type declarations). */
export function igateTime(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const { y, mo, d, h, mi, s } = parts(iso);
  return `${y}-${mo}-${d}T${h}:${mi}:${s}.000+0700`;
}

/** National portal sync: `yyyyMMddHHmmss` (OpenCPS DVCQGIntegrationActionImpl, TH SyncLocalDataToDVCQGService). */
export function compactTime(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const { y, mo, d, h, mi, s } = parts(iso);
  return `${y}${mo}${d}${h}${mi}${s}`;
}

/** OpenCPS REST: `dd/MM/yyyy HH:mm:ss` (APIDateTimeUtils._NORMAL_PARTTERN). */
export function opencpsTime(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const { y, mo, d, h, mi, s } = parts(iso);
  return `${d}/${mo}/${y} ${h}:${mi}:${s}`;
}
