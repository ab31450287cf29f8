// /hors-ligne: lists the pages the offline worker (/sw.js) kept on this device, by their headings (the <title> is
// shortened to fit search results; the h1 is the page's whole name).
const listEl = document.getElementById("offline-pages");
const status = document.getElementById("offline-status");

if (listEl && status && "caches" in window) {
  caches.open("guide-v1").then(async (cache) => {
    const pages = [];
    for (const request of await cache.keys()) {
      const url = new URL(request.url);
      if (url.pathname === "/hors-ligne" || /\.\w+$/.test(url.pathname) || url.pathname.startsWith("/_next/")) continue;
      const doc = new DOMParser().parseFromString((await (await cache.match(request))?.text()) ?? "", "text/html");
      const heading = doc.querySelector("h1")?.textContent?.trim();
      pages.push({ path: url.pathname, title: heading || doc.title.replace(/ · .*$/, "") || url.pathname });
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
