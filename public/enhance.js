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

// The offline worker (/sw.js): it keeps the pages opened here. The page that registers it for the first time was
// loaded before the worker ran, so it is handed over with its stylesheets and scripts.
const offline = (urls) => navigator.serviceWorker?.ready.then((r) => r.active?.postMessage({ keep: urls }));
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
