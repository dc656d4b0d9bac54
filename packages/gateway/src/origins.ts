/**
 * Browsers send an Origin as `scheme://host[:port]`, never with a path or a trailing slash:
 * an allowlist entry written as a URL ("https://hatinh.gov.vn/") must be reduced to that
 * form, or it never matches and the portal only sees "cannot connect".
 */
export function normalizeOrigin(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new TypeError(`"${value}" is not an origin: write it as https://portal.example.gov.vn`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new TypeError(`"${value}" is not an http(s) origin: write it as https://portal.example.gov.vn`);
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
    throw new TypeError(`"${value}" has a path: an origin is only scheme, host and port (${url.origin})`);
  }
  return url.origin;
}
