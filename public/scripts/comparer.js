// /comparer: any two ROME fiches side by side, computed in the browser from their open data (compare.js). The
// address says which (`?metiers=M1855,M1805`); with one code, the page asks for the second.
import { codesOf, compareFiches } from "/scripts/compare.js";

const form = document.querySelector("[data-compare-form]");
const status = document.getElementById("compare-status");
const out = document.getElementById("comparaison");

const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};
const list = (items) => el("ul", { className: "list-disc space-y-0.5 pl-5" }, ...items.map((x) => el("li", { textContent: x.label })));
const ficheLink = (d) => el("a", { href: `/fiches/${d.fiche.code.toLowerCase()}`, textContent: `${d.fiche.title} (${d.fiche.code})` });
const riasecNames = { R: "réaliste", I: "investigateur", A: "artistique", S: "social", E: "entreprenant", C: "conventionnel" };
const riasecText = (letters) => letters.map((l) => `${l} (${riasecNames[l] ?? l})`).join(", ");

/** One comparison block: a heading, what both have (counted, listed), what each has alone. */
function block(id, title, split, a, b) {
  const n = split.shared.length;
  return el(
    "section",
    { className: "space-y-2", id },
    el("h2", { className: "text-2xl font-bold", textContent: title }),
    el("p", { textContent: `${n} en commun` }, ...(n ? [] : [" : aucun."])),
    ...(n ? [list(split.shared)] : []),
    el(
      "div",
      { className: "grid gap-4 sm:grid-cols-2" },
      ...[
        [a, split.onlyA],
        [b, split.onlyB],
      ].map(([d, only]) =>
        el(
          "details",
          {},
          el("summary", { className: "cursor-pointer", textContent: `Seulement ${d.fiche.title} : ${only.length}` }),
          list(only),
        ),
      ),
    ),
  );
}

function render(a, b) {
  const c = compareFiches(a.fiche, b.fiche);
  const side = (title, make) =>
    el(
      "section",
      { className: "space-y-2" },
      el("h2", { className: "text-2xl font-bold", textContent: title }),
      el(
        "div",
        { className: "grid gap-4 sm:grid-cols-2" },
        ...[a, b].map((d) => el("div", { className: "space-y-1" }, el("h3", { className: "font-semibold" }, ficheLink(d)), ...make(d))),
      ),
    );
  const mob = [];
  if (c.mobility.aToB) mob.push(`${b.fiche.title} figure parmi les métiers proches de ${a.fiche.title}.`);
  if (c.mobility.bToA) mob.push(`${a.fiche.title} figure parmi les métiers proches de ${b.fiche.title}.`);
  if (!mob.length) mob.push("Aucun des deux ne figure parmi les métiers proches de l'autre.");
  out.replaceChildren(
    el("h2", { className: "text-2xl font-bold", id: "resultat" }, ficheLink(a), " et ", ficheLink(b)),
    block("savoir-faire-communs", "Savoir-faire", c.knowHow, a, b),
    block("savoirs-communs", "Savoirs", c.knowledge, a, b),
    block("savoir-etre-communs", "Savoir-être", c.softSkills, a, b),
    side("Accès au métier", (d) => d.fiche.access.map((s) => el("p", { className: "rome-text", textContent: s }))),
    block("conditions-communes", "Conditions de travail", c.contexts, a, b),
    side("Domaines", (d) => [el("p", { textContent: `${d.labels.grand_domain.label} › ${d.labels.domain.label}` })]),
    el("p", {
      textContent: c.sameDomain
        ? "Même domaine professionnel."
        : c.sameGrandDomain
          ? "Même grand domaine, domaines professionnels différents."
          : "Grands domaines différents.",
    }),
    side("Profil RIASEC", (d) => [el("p", { textContent: riasecText([d.fiche.riasec.major, d.fiche.riasec.minor].filter(Boolean)) })]),
    el("p", { textContent: c.riasec.shared.length ? `En commun : ${riasecText(c.riasec.shared)}.` : "Aucune lettre en commun." }),
    el(
      "section",
      { className: "space-y-2" },
      el("h2", { className: "text-2xl font-bold", textContent: "Mobilité" }),
      ...mob.map((t) => el("p", { textContent: t })),
    ),
    el(
      "p",
      { className: "text-sm text-muted" },
      `Source : ${a.source.credit} (`,
      el("a", { href: a.source.licence.url, textContent: a.source.licence.name }),
      "). Comparaison calculée par ce guide.",
    ),
  );
}

if (form && status && out) {
  const inputs = form.querySelectorAll("input[name=metiers]");
  const codes = codesOf(location.search);
  codes.forEach((code, i) => inputs[i] && (inputs[i].value = code));
  if (codes.length === 1 && inputs[1]) {
    status.textContent = `Premier métier : ${codes[0]}. Entrez le code du second.`;
    inputs[1].focus();
  } else if (codes.length === 2) {
    if (!/^\?metiers=[A-N]\d{4},[A-N]\d{4}$/.test(location.search)) history.replaceState(null, "", `?metiers=${codes.join(",")}`);
    status.textContent = "Comparaison en cours…";
    const load = (code) =>
      fetch(`/donnees/rome/${code.toLowerCase()}.json`).then((r) => {
        if (!r.ok) throw new Error(code);
        return r.json();
      });
    Promise.allSettled(codes.map(load)).then(([a, b]) => {
      if (a.status === "fulfilled" && b.status === "fulfilled") {
        status.textContent = `Comparaison de ${a.value.fiche.title} et de ${b.value.fiche.title}.`;
        render(a.value, b.value);
      } else {
        const missing = codes.filter((_, i) => [a, b][i].status === "rejected");
        status.textContent = navigator.onLine
          ? `Aucune fiche pour ${missing.join(" et ")} : vérifiez le code.`
          : `Hors connexion : ${missing.join(" et ")} n'a pas été ouvert sur cet appareil.`;
      }
    });
  }
}
