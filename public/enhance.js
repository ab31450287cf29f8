// Progressive enhancement: a "Copier le lien" button after each heading's "#" link. Without JavaScript (or
// without a clipboard) nothing is added and the "#" link still works.
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
  for (const anchor of document.querySelectorAll(".anchored > .anchor")) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "copy-link";
    button.textContent = "Copier le lien";
    button.setAttribute("aria-label", (anchor.getAttribute("aria-label") || "").replace(/^Lien vers/, "Copier le lien de"));
    button.addEventListener("click", () =>
      clipboard.writeText(anchor.href).then(
        () => say("Lien copié : " + anchor.href),
        () => say("Copie impossible ; le lien : " + anchor.href),
      ),
    );
    anchor.after(button);
  }
})();
