// Service worker template: src/integrations/offline-cache.ts fills in the plan at build
// time (src/lib/service-worker.ts) and writes it to dist/sw.js. Why it works this way: docs/offline.md.
const PLAN = '__PLAN__';
const CACHE = `explainer-${PLAN.version}`;
// The edition the reader uses rides on the worker's URL (sw.js?edition=uk), set by the page that registered it.
const EDITION = PLAN.editions[new URL(self.location.href).searchParams.get('edition') ?? ''] ?? PLAN.editions[''];

/** The edition a path belongs to, by its first segment below the base. */
function editionOf(pathname) {
  const first = pathname.slice(PLAN.base.length).split('/')[0];
  return (first !== '' && PLAN.editions[first]) || PLAN.editions[''];
}

// A polite install: only the one-page story of the reader's edition, and nothing at all when the reader asks to save data.
self.addEventListener('install', (event) => {
  const saveData =
    new URL(self.location.href).searchParams.has('save-data') || Boolean(self.navigator.connection && self.navigator.connection.saveData);
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => (saveData ? undefined : cache.addAll(EDITION.essentials)))
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

// "Keep for offline reading": every page of the reader's edition and its map, on the reader's request only.
self.addEventListener('message', (event) => {
  if (!event.data || event.data.type !== 'keep-everything') return;
  const reply = (message) => event.source && event.source.postMessage(message);
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll([...EDITION.essentials, ...EDITION.everything]))
      .then(
        () => reply({ type: 'kept', count: EDITION.essentials.length + EDITION.everything.length }),
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
    // Not kept: read it in its edition's one-page story, at the section's own part when it is one.
    const edition = editionOf(url.pathname);
    const slug = url.pathname.slice(edition.root.length).split('/')[0];
    if (url.pathname !== edition.readPage && (await cache.match(edition.readPage))) {
      return Response.redirect(edition.sections.includes(slug) ? `${edition.readPage}#${slug}` : edition.readPage, 302);
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
