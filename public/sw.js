// Offline support: after the first visit the app opens without a network. Every same-origin
// GET is fetched from the network first (so a new release or an edited instrument arrives as
// soon as there is a connection) and kept in a cache that answers when the network does not.
// Nothing is ever sent anywhere: this only caches the app's own files.
//
// Both builds are cached on install: the field app (index.html) and the analyst app
// (workshop.html), each with the files its page names (wasm, JS, CSS, preloaded data), so either
// opens offline even if only the other was visited.
const CACHE = 'gca-v2';
const PAGES = ['index.html', 'workshop.html'];

// Same-folder files a page names: href=/src= attributes, quoted or not (the release HTML is
// minified), and the './x.js' / './x_bg.wasm' paths of trunk's start-up script.
function assetsOf(html) {
  const out = new Set();
  for (const m of html.matchAll(/\b(?:href|src)=["']?([^"'\s>#:]+)/g)) out.add(m[1]);
  for (const m of html.matchAll(/['"](\.\/[^'"\s]+\.(?:js|wasm))['"]/g)) out.add(m[1]);
  return [...out].map((a) => a.replace(/^\.\//, '')).filter((a) => a && !a.endsWith('.html'));
}

async function precache() {
  const cache = await caches.open(CACHE);
  await cache.add('./').catch(() => {});
  for (const page of PAGES) {
    try {
      const resp = await fetch(page);
      if (!resp.ok) continue;
      await cache.put(page, resp.clone());
      await Promise.all(assetsOf(await resp.text()).map((a) => cache.add(a).catch(() => {})));
    } catch (_) { /* offline during install: the fetch handler still caches what is used */ }
  }
}

self.addEventListener('install', (event) => {
  self.skipWaiting();
  event.waitUntil(precache());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(req)
      .then((resp) => {
        if (resp.ok) {
          const copy = resp.clone();
          caches.open(CACHE).then((c) => c.put(req, copy));
        }
        return resp;
      })
      .catch(() => caches.match(req, { ignoreSearch: true }).then((hit) => hit || caches.match('index.html'))),
  );
});
