// /mes-metiers: the fiches kept with « Garder ce métier », read from this browser's localStorage (nothing leaves
// the device): title, domain, how to get in (ROME's words), links, a remove button, and a form to compare two of them.
const key = "mes-metiers";
const listEl = document.getElementById("shortlist");
const status = document.getElementById("shortlist-status");
const compare = document.getElementById("shortlist-compare");

const read = () => {
  try {
    return JSON.parse(localStorage.getItem(key) || "[]");
  } catch {
    return [];
  }
};
const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

function render(focusAfter) {
  const kept = read();
  status.textContent = kept.length
    ? `${kept.length} ${kept.length > 1 ? "métiers gardés" : "métier gardé"}.`
    : "Aucun métier gardé pour l'instant : sur une fiche, utilisez « Garder ce métier ».";
  listEl.replaceChildren(
    ...kept.map((f) => {
      const fiche = `/fiches/${f.code.toLowerCase()}`;
      const remove = el("button", {
        type: "button",
        className: "cursor-pointer rounded-lg border border-line px-3 py-1",
        textContent: "Retirer",
      });
      remove.setAttribute("aria-label", `Retirer ${f.title}`);
      remove.addEventListener("click", () => {
        localStorage.setItem(key, JSON.stringify(read().filter((x) => x.code !== f.code)));
        render(true);
        status.textContent = `${f.title} retiré. ` + status.textContent;
      });
      return el(
        "li",
        { className: "space-y-1 rounded-lg border border-line bg-surface p-3" },
        el("h3", { className: "text-lg font-semibold" }, el("a", { href: fiche, textContent: f.title })),
        el("p", { className: "text-sm text-muted", textContent: `${f.domain} · fiche ROME ${f.code}` }),
        // ROME's own words (the first sentence of « Accès au métier »), credited at the foot of the page.
        ...(f.access
          ? [
              el(
                "p",
                { className: "rome-text text-sm" },
                el("span", { className: "font-semibold", textContent: "Accès (ROME) : " }),
                f.access,
              ),
            ]
          : []),
        el(
          "p",
          { className: "flex flex-wrap items-center gap-3" },
          el("a", { href: `/comparer?metiers=${f.code}`, textContent: "Comparer avec…" }),
          remove,
        ),
      );
    }),
  );
  compare.hidden = kept.length < 2;
  compare.querySelectorAll("select").forEach((select, i) => {
    select.replaceChildren(...kept.map((f) => el("option", { value: f.code, textContent: `${f.title} (${f.code})` })));
    select.selectedIndex = Math.min(i, kept.length - 1);
  });
  if (focusAfter) {
    status.tabIndex = -1;
    status.focus();
  }
}

if (listEl && status && compare) render(false);
