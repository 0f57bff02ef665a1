// Service worker template: src/integrations/offline-cache.ts fills in the plan at build
// time (src/lib/service-worker.ts) and writes it to dist/sw.js. Why it works this way: docs/offline.md.
const PLAN = '__PLAN__';
const CACHE = `explainer-${PLAN.version}`;

// A polite install: only the one-page story, and nothing at all when the reader asks to save data.
self.addEventListener('install', (event) => {
  const saveData =
    new URL(self.location.href).searchParams.has('save-data') || Boolean(self.navigator.connection && self.navigator.connection.saveData);
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => (saveData ? undefined : cache.addAll(PLAN.essentials)))
      .then(() => self.skipWaiting()),
  );
});

// A new build takes over at once and its predecessor's cache goes.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('explainer-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

// "Keep for offline reading": every page and the map, on the reader's request only.
self.addEventListener('message', (event) => {
  if (!event.data || event.data.type !== 'keep-everything') return;
  const reply = (message) => event.source && event.source.postMessage(message);
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll([...PLAN.essentials, ...PLAN.everything]))
      .then(
        () => reply({ type: 'kept', count: PLAN.essentials.length + PLAN.everything.length }),
        () => reply({ type: 'keep-failed' }),
      ),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(PLAN.base)) return;
  event.respondWith(request.mode === 'navigate' ? networkFirst(request, url) : cacheFirst(request));
});

// Pages: the network when it answers, so no reader is stuck on an old version; the cache when it does not.
async function networkFirst(request, url) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && !response.redirected) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(request, { ignoreSearch: true });
    if (cached) return markOffline(cached);
    // Not kept: read it in the one-page story, at the section's own part when it is one.
    const slug = url.pathname.slice(PLAN.base.length).split('/')[0];
    if (url.pathname !== PLAN.readPage && (await cache.match(PLAN.readPage))) {
      return Response.redirect(PLAN.sections.includes(slug) ? `${PLAN.readPage}#${slug}` : PLAN.readPage, 302);
    }
    throw error;
  }
}

// Assets are fingerprinted or versioned with this worker, so a cached copy is current; keep what the pages load.
async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreSearch: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

// The page shows its offline notice when <html> carries data-offline.
async function markOffline(response) {
  const html = await response.text();
  return new Response(html.replace('<html', '<html data-offline'), { status: 200, headers: response.headers });
}
