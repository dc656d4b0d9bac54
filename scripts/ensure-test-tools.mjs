// The tests need Debian's Chromium (test tools cannot download browsers here), ffmpeg (it makes
// the fake camera's receipt video), redis-server (the gateway's shared state, started by the
// tests on a free loopback port), pdftoppm (poppler-utils: the printed receipt read back) and nginx
// (nginx-light: the docs' preload header for a city's web server, tried). Installs what is missing with apt when running as root;
// otherwise says what to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const has = (cmd) => {
  try {
    execSync(`command -v ${cmd}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
};
const missing = [
  ...(existsSync(path) ? [] : ['chromium']),
  ...(has('ffmpeg') ? [] : ['ffmpeg']),
  ...(has('redis-server') ? [] : ['redis-server']),
  ...(has('pdftoppm') ? [] : ['poppler-utils']),
  ...(has('nginx') || existsSync('/usr/sbin/nginx') ? [] : ['nginx-light']),
];
if (missing.length) {
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() === 0) {
    console.log(`Missing for the tests: ${missing.join(', ')}; installing: ${command}`);
    execSync(command, { stdio: 'inherit', shell: '/bin/sh' });
  } else {
    console.error(
      `Missing for the tests: ${missing.join(', ')}. Install with: sudo ${command}\n(or set CHROMIUM_PATH to a Chromium binary).`,
    );
    process.exit(1);
  }
}
