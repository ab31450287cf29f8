// /comparer: any two ROME fiches side by side, computed in the browser from their open data (compare.js). The
// address says which (`?metiers=M1855,M1805`); a job title typed instead of a code (« boulangère ») is looked up in
// the search's title index (title-match.js, loaded only then) and the address is rewritten with the codes found.
// With one occupation, the page asks for the second.
import { compareFiches, wantedOf } from "/scripts/compare.js";

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
          el("summary", { className: "cursor-pointer", textContent: `Seulement dans « ${d.fiche.title} » : ${only.length}` }),
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
  // Titles of both genders (« Boulanger / Boulangère ») are named as fiches, never « du Boulanger / Boulangère ».
  if (c.mobility.aToB) mob.push(`La fiche « ${b.fiche.title} » figure parmi les métiers proches de la fiche « ${a.fiche.title} ».`);
  if (c.mobility.bToA) mob.push(`La fiche « ${a.fiche.title} » figure parmi les métiers proches de la fiche « ${b.fiche.title} ».`);
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

const load = (code) =>
  fetch(`/donnees/rome/${code.toLowerCase()}.json`).then((r) => {
    if (!r.ok) throw new Error(code);
    return r.json();
  });

async function compareWanted(wanted) {
  status.textContent = "Comparaison en cours…";
  // Titles first: each becomes the code of its best fiche, said on the page so a wrong guess shows.
  const found = [];
  for (const w of wanted) {
    if (w.code) {
      found.push(w.code);
      continue;
    }
    let fiche;
    try {
      fiche = await (await import("/scripts/title-match.js")).ficheOfTitle(w.title);
    } catch {
      status.textContent = `Hors connexion : impossible de chercher « ${w.title} ». Entrez le code de la fiche (« M1855 »).`;
      return;
    }
    if (!fiche) {
      status.textContent = `Aucun métier ne correspond à « ${w.title} » : essayez un autre intitulé, ou le code de la fiche.`;
      inputs[wanted.indexOf(w)]?.focus();
      return;
    }
    found.push(fiche.code);
  }
  inputs.forEach((input, i) => found[i] && (input.value = found[i]));
  if (location.search !== `?metiers=${found.join(",")}`) history.replaceState(null, "", `?metiers=${found.join(",")}`);
  const [a, b] = await Promise.allSettled(found.map(load));
  if (a.status === "fulfilled" && b.status === "fulfilled") {
    const typed = wanted.flatMap((w, i) => (w.title ? [`« ${w.title} » : la fiche « ${(i ? b : a).value.fiche.title} »`] : []));
    status.textContent = `${typed.length ? `${typed.join(" ; ")}. ` : ""}Comparaison des fiches « ${a.value.fiche.title} » et « ${b.value.fiche.title} ».`;
    render(a.value, b.value);
  } else {
    const missing = found.filter((_, i) => [a, b][i].status === "rejected");
    status.textContent = navigator.onLine
      ? `Aucune fiche pour ${missing.join(" et ")} : vérifiez le code.`
      : `Hors connexion : ${missing.join(" et ")} n'a pas été ouvert sur cet appareil.`;
  }
}

const inputs = form ? [...form.querySelectorAll("input[name=metiers]")] : [];
if (form && status && out) {
  const wanted = wantedOf(location.search);
  wanted.forEach((w, i) => inputs[i] && (inputs[i].value = w.code ?? w.title));
  if (wanted.length === 1 && inputs[1]) {
    status.textContent = `Premier métier : ${wanted[0].code ?? `« ${wanted[0].title} »`}. Entrez le second.`;
    inputs[1].focus();
  } else if (wanted.length === 2) void compareWanted(wanted);
}
