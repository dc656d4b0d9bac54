// The demo portal's own controls. The motcua elements come from the script-tag distribution
// (assets/motcua/autoloader.js), as on any city page.

const html = document.documentElement;
const lang = document.querySelector<HTMLButtonElement>('#lang')!;
const contrast = document.querySelector<HTMLButtonElement>('#contrast')!;
const hc = document.querySelector<HTMLLinkElement>('#hc')!;

lang.addEventListener('click', () => {
  const en = html.lang !== 'en';
  html.lang = en ? 'en' : 'vi';
  lang.textContent = en ? 'Tiếng Việt' : 'English';
  contrast.textContent = en ? 'High contrast' : 'Tương phản cao';
});
contrast.addEventListener('click', () => {
  const on = contrast.getAttribute('aria-pressed') !== 'true';
  contrast.setAttribute('aria-pressed', String(on));
  hc.disabled = !on;
  html.dataset.contrast = on ? 'high' : '';
});

// motcua's service worker, as docs/components.md tells a city: the directory opens offline
// after one visit, and a followed dossier's notifications are shown. The gateway is this origin.
// After the page has loaded: on 3G its download must not compete with the lookup's answer.
if ('serviceWorker' in navigator) {
  addEventListener('load', () => void navigator.serviceWorker.register('/motcua-sw.js').catch(() => undefined), { once: true });
}
