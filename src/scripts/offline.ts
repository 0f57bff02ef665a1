// Registers the service worker (dist/sw.js, written at build time) so the story reads offline.
// Browsers allow it only in secure contexts: HTTPS, or localhost while developing.
if ('serviceWorker' in navigator && window.isSecureContext) {
  const base = import.meta.env.BASE_URL;
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {
    // No worker (astro dev, or a host that blocks it): the site works as before, online only.
  });
}
