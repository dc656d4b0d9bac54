// Debian's headless Chromium as every test and bench starts it (see ../shared/TOOLCHAIN.md):
// web-test-runner, the node tests that drive a page, the screenshots and the decode bench.
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // A name that is not a secure context yet stays on loopback: the scanner's "needs https" path.
  '--host-resolver-rules=MAP insecure.motcua.test 127.0.0.1',
];
