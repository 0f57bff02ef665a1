// Registers the service worker (dist/sw.js, written at build time) so the story reads offline.
// Browsers allow it only in secure contexts: HTTPS, or localhost while developing.
// It waits for the load event so its downloads never compete with the page the reader asked for.
if ('serviceWorker' in navigator && window.isSecureContext) {
  const base = import.meta.env.BASE_URL;
  const register = () => {
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {
      // No worker (astro dev, or a host that blocks it): the site works as before, online only.
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
