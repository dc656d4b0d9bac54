// Browser tests need Debian's Chromium (test tools cannot download browsers here).
// Installs it with apt when missing and running as root; otherwise says what to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  const command = 'apt-get update && apt-get install -y chromium';
  if (process.getuid?.() === 0) {
    console.log(`Chromium not found at ${path}; installing it: ${command}`);
    execSync(command, { stdio: 'inherit', shell: '/bin/sh' });
  } else {
    console.error(`Chromium not found at ${path}. Install it with: sudo ${command}\n(or set CHROMIUM_PATH to a Chromium binary).`);
    process.exit(1);
  }
}
