// Service worker template: the offline-cache integration fills in the placeholders
// at build time and writes it to dist/sw.js.
const VERSION = '__VERSION__';
const BASE = '__BASE__';
const PRECACHE = ['__PRECACHE__'];
const CACHE = `explainer-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => key.startsWith('explainer-') && key !== CACHE).map((key) => caches.delete(key))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  const isPage = request.mode === 'navigate' || (request.headers.get('accept') || '').includes('text/html');
  event.respondWith(isPage ? networkFirst(request) : cacheFirst(request));
});

// Pages: the network when it answers, so no reader is stuck on an old version; the cache when it does not.
async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && !response.redirected) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = (await cache.match(request, { ignoreSearch: true })) || (await cache.match(`${BASE}404.html`));
    if (!cached) throw error;
    return markOffline(cached);
  }
}

// Assets are fingerprinted or versioned with this worker, so the cached copy is current.
async function cacheFirst(request) {
  const cached = await caches.match(request, { ignoreSearch: true });
  return cached || fetch(request);
}

// The page shows its offline notice when <html> carries data-offline.
async function markOffline(response) {
  const html = await response.text();
  return new Response(html.replace('<html', '<html data-offline'), {
    status: 200,
    headers: response.headers,
  });
}
