// A test-runner command for the media features @web/test-runner-commands' emulateMedia does
// not pass on to puppeteer (it sends only prefers-color-scheme and prefers-reduced-motion):
// `forced-colors: active` above all, through CDP's Emulation.setEmulatedMedia.
// In a test: executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }]);
// an empty list ends the emulation.
const sessions = new WeakMap();

export function mediaFeatures() {
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer')
        throw new Error(`emulate-media-features needs Chromium through puppeteer, not ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) sessions.set(page, (cdp = await page.createCDPSession()));
      await cdp.send('Emulation.setEmulatedMedia', { features: Array.isArray(payload) ? payload : [] });
      return true;
    },
  };
}
