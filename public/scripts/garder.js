// « Garder ce métier » on a ROME fiche (rendered hidden: nothing shows without JavaScript). The list stays in this browser's
// localStorage (no cookie, no network call); a kept fiche and its data are also handed to the offline worker.

const button = document.querySelector("[data-keep]");
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
  const { keepTitle: title, keepDomain: domain, keepAccess: access } = button.dataset;
  localStorage.setItem(key, JSON.stringify(keep ? [...rest, { code, title, domain, access }] : rest));
  show();
  if (status) status.textContent = keep ? "Gardé sur cet appareil, lisible sans réseau." : "Retiré de vos métiers.";
  // Kept for offline reading too: the page and its data, handed to the worker.
  if (keep)
    navigator.serviceWorker?.ready.then((r) =>
      r.active?.postMessage({ keep: [location.pathname, `/donnees/rome/${code.toLowerCase()}.json`] }),
    );
});
show();
button.hidden = false;
document.querySelector("[data-keep-list]")?.removeAttribute("hidden");
