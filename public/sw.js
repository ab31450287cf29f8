// The offline worker: every page opened on this device is kept, with its stylesheets and scripts, and opens again
// with no network. Pages: network first (online, a reader always gets the current page; the copy is replaced),
// the kept copy offline, else the offline page (/hors-ligne). Hashed assets (/_next/static/): kept copy first.
// Only complete same-origin answers (status 200) are kept: never an error page. To remove the worker, see README.
const cache = "guide-v1";
const offlinePage = "/hors-ligne";

/** A page's address without its query: `/comparer?metiers=A,B` and `/comparer` are the same file. */
const keyOf = (url) => {
  const u = new URL(url, self.location.origin);
  return u.origin + u.pathname;
};

async function keep(request, response) {
  if (response.status !== 200 || response.type !== "basic") return;
  const c = await caches.open(cache);
  await c.put(keyOf(request.url ?? request), response);
}

/** Fetches and keeps `urls` (a page with its stylesheets and scripts), ignoring the ones that fail. */
async function keepAll(urls) {
  await Promise.all(
    urls.map(async (url) => {
      if (new URL(url, self.location.origin).origin !== self.location.origin) return;
      try {
        const response = await fetch(url, { cache: "no-cache" });
        if (response.status !== 200) return;
        if ((response.headers.get("content-type") ?? "").startsWith("text/html")) {
          const html = await response.clone().text();
          const files = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"|<script[^>]+src="([^"]+)"/g)];
          await keepAll(files.map((m) => m[1] ?? m[2]).filter((h) => !urls.includes(h)));
        }
        await keep(new Request(url), response);
      } catch {
        // offline or refused: kept next time the page is opened
      }
    }),
  );
}

self.addEventListener("install", (event) => {
  event.waitUntil(keepAll([offlinePage]).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith("guide-") && n !== cache).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  const urls = event.data?.keep;
  if (Array.isArray(urls)) event.waitUntil(keepAll(urls.filter((u) => typeof u === "string")));
});

async function page(request) {
  try {
    // Revalidated with the server (a cheap 304 when unchanged): online, never a stale page.
    const response = await fetch(new Request(request.url, { cache: "no-cache", redirect: "manual", credentials: "same-origin" }));
    await keep(request, response.clone());
    return response;
  } catch {
    const c = await caches.open(cache);
    return (await c.match(keyOf(request.url))) ?? (await c.match(keyOf(offlinePage))) ?? Response.error();
  }
}

async function asset(request, cacheFirst) {
  const c = await caches.open(cache);
  if (cacheFirst) {
    const hit = await c.match(keyOf(request.url));
    if (hit) return hit;
  }
  try {
    const response = await fetch(request);
    await keep(request, response.clone());
    return response;
  } catch (error) {
    const hit = await c.match(keyOf(request.url));
    if (hit) return hit;
    throw error;
  }
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (request.mode === "navigate") event.respondWith(page(request));
  else event.respondWith(asset(request, url.pathname.startsWith("/_next/static/")));
});
