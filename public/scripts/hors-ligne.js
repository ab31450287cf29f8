// /hors-ligne: lists the pages the offline worker (/sw.js) kept on this device, by their titles.
const listEl = document.getElementById("offline-pages");
const status = document.getElementById("offline-status");

if (listEl && status && "caches" in window) {
  caches.open("guide-v1").then(async (cache) => {
    const pages = [];
    for (const request of await cache.keys()) {
      const url = new URL(request.url);
      if (url.pathname === "/hors-ligne" || /\.\w+$/.test(url.pathname) || url.pathname.startsWith("/_next/")) continue;
      const html = await (await cache.match(request))?.text();
      const title = /<title>([^<]*)<\/title>/.exec(html ?? "")?.[1] ?? url.pathname;
      const text = new DOMParser().parseFromString(title, "text/html").documentElement.textContent ?? title;
      pages.push({ path: url.pathname, title: text.replace(/ · .*$/, "") });
    }
    pages.sort((a, b) => a.title.localeCompare(b.title, "fr"));
    status.textContent = pages.length
      ? `${pages.length} ${pages.length > 1 ? "pages se lisent" : "page se lit"} sans réseau :`
      : "Aucune page gardée sur cet appareil pour l'instant.";
    listEl.replaceChildren(
      ...pages.map((p) => {
        const li = document.createElement("li");
        li.append(Object.assign(document.createElement("a"), { href: p.path, textContent: p.title }));
        return li;
      }),
    );
  });
}
