/** Polls `probe` (every 50 ms) until it gives something truthy, and returns that; throws after `timeoutMs`. */
export async function until<T>(
  what: string,
  probe: () => T | undefined | false | '' | Promise<T | undefined | false | ''>,
  timeoutMs = 15_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
