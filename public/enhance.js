// Progressive enhancement: "Copier le lien" for each heading's "#" link — a button where a pointer hovers, the
// "#" itself on touch screens. Without JavaScript (or without a clipboard) nothing changes and the "#" link works.
(() => {
  const clipboard = navigator.clipboard;
  if (!clipboard || !window.isSecureContext) return;
  const status = document.createElement("p");
  status.className = "copy-status";
  status.setAttribute("role", "status");
  document.body.append(status);
  let timer;
  const say = (text) => {
    status.textContent = text;
    clearTimeout(timer);
    timer = setTimeout(() => (status.textContent = ""), 4000);
  };
  const copy = (href) =>
    clipboard.writeText(href).then(
      () => say("Lien copié : " + href),
      () => say("Copie impossible ; le lien : " + href),
    );
  // With a pointer that hovers, a button shows next to the "#" (positioned out of the flow: adding it moves
  // nothing on the page). On touch screens a tap on the "#" itself copies the link, and still goes to it.
  const hover = matchMedia("(hover: hover)").matches;
  for (const anchor of document.querySelectorAll(".anchored > .anchor")) {
    if (!hover) {
      anchor.addEventListener("click", () => copy(anchor.href));
      continue;
    }
    const button = document.createElement("button");
    button.type = "button";
    button.className = "copy-link";
    button.textContent = "Copier le lien";
    button.setAttribute("aria-label", (anchor.getAttribute("aria-label") || "").replace(/^Lien vers/, "Copier le lien de"));
    button.addEventListener("click", () => copy(anchor.href));
    anchor.after(button);
  }
})();

// « Garder ce métier » (rendered hidden: nothing shows without JavaScript). The list stays in this browser's
// localStorage (no cookie, no network call); a kept fiche and its data are also handed to the offline worker.
(() => {
  const button = document.querySelector("[data-keep]");
  if (!button) return;
  const key = "mes-metiers";
  const read = () => {
    try {
      return JSON.parse(localStorage.getItem(key) || "[]");
    } catch {
      return [];
    }
  };
  const code = button.dataset.keep;
  const status = document.querySelector("[data-keep-status]");
  const show = () => {
    const kept = read().some((f) => f.code === code);
    button.textContent = kept ? "Retirer de mes métiers" : "Garder ce métier";
    return kept;
  };
  button.addEventListener("click", () => {
    const rest = read().filter((f) => f.code !== code);
    const keep = !show();
    const { keepTitle: title, keepDomain: domain } = button.dataset;
    localStorage.setItem(key, JSON.stringify(keep ? [...rest, { code, title, domain }] : rest));
    show();
    if (status) status.textContent = keep ? "Gardé sur cet appareil, lisible sans réseau." : "Retiré de vos métiers.";
    if (keep) offline([location.pathname, `/donnees/rome/${code.toLowerCase()}.json`]);
  });
  show();
  button.hidden = false;
  document.querySelector("[data-keep-list]")?.removeAttribute("hidden");
})();

// The offline worker (/sw.js): it keeps the pages opened here. The page that registers it for the first time was
// loaded before the worker ran, so it is handed over with its stylesheets and scripts.
function offline(urls) {
  navigator.serviceWorker?.ready.then((r) => r.active?.postMessage({ keep: urls }));
}
if ("serviceWorker" in navigator && window.isSecureContext) {
  navigator.serviceWorker.register("/sw.js").then(
    () => {
      if (!navigator.serviceWorker.controller)
        offline([location.pathname, ...[...document.querySelectorAll("link[rel=stylesheet], script[src]")].map((e) => e.href || e.src)]);
    },
    // No worker (private mode, a browser that refuses it): the site works as before, online only.
    () => undefined,
  );
}
