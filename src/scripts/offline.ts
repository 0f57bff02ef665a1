import { TRUSTED_TYPES_POLICY } from '../lib/trusted-types';

// Registers the service worker (dist/sw.js, written at build time) so the story reads offline,
// and upgrades the "Keep for offline reading" control. Browsers allow workers only in secure
// contexts: HTTPS, or localhost while developing. Registration waits for the load event so
// the worker's one download never competes with the page the reader asked for.
const base = import.meta.env.BASE_URL;
// A reader who asks to save data (Save-Data, the browser's data saver) gets a worker that keeps
// nothing at install; the flag rides on the worker's URL because its install cannot ask the page.
const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
// The edition the page belongs to (its footer's keeper says), so the worker keeps that edition's story.
const edition = document.querySelector<HTMLElement>('offline-keeper')?.dataset['edition'] ?? '';
const query = [edition && `edition=${encodeURIComponent(edition)}`, saveData && 'save-data'].filter(Boolean).join('&');
const workerUrl = `${base}sw.js${query ? `?${query}` : ''}`;
const canKeep = 'serviceWorker' in navigator && isSecureContext;

/** The worker's URL as Trusted Types require it (the site's CSP names this one policy). */
function trustedWorkerUrl(): string {
  const policy = window.trustedTypes?.createPolicy(TRUSTED_TYPES_POLICY, {
    createScriptURL: (url: string) => {
      // Only the site's own worker may be registered.
      if (url !== workerUrl) throw new TypeError(url);
      return url;
    },
  });
  return (policy?.createScriptURL(workerUrl) ?? workerUrl) as string;
}

/** <offline-keeper>: a hidden button that asks the worker to keep every page and the map. */
class OfflineKeeperElement extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    const status = this.querySelector<HTMLElement>('[role="status"]');
    if (!button || !status || !canKeep) return;
    button.addEventListener('click', () => {
      void navigator.serviceWorker.ready.then((registration) => {
        status.textContent = this.dataset['keeping']!;
        registration.active?.postMessage({ type: 'keep-everything' });
      });
    });
    navigator.serviceWorker.addEventListener('message', (event: MessageEvent<{ type?: string; count?: number }>) => {
      if (event.data.type === 'kept') status.textContent = this.dataset['kept']!.replace('{count}', String(event.data.count));
      if (event.data.type === 'keep-failed') status.textContent = this.dataset['failed']!;
    });
    this.hidden = false;
  }
}

if (canKeep) {
  // The worker's scope is its folder, the base path, by default.
  const register = () => {
    navigator.serviceWorker.register(trustedWorkerUrl()).catch(() => {
      // No worker (astro dev, or a host that blocks it): the site works as before, online only.
    });
  };
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
customElements.define('offline-keeper', OfflineKeeperElement);
