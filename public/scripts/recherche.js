// Search box of /recherche: a progressive enhancement. The form is in the page from the start (a GET form: without
// JavaScript it lands on the A–Z index and the list of the guide's pages). Nothing more loads until a reader types:
// then the shard of job titles for the query's longest word (/recherche/intitules/<3 letters>.json, a few KB,
// matched by title-match.js) and the Pagefind index of the guide's own pages.
import { prepare, searchTitles, shardKey } from "/scripts/title-match.js";

const form = document.querySelector("[data-search-form]");
const input = form?.querySelector("input[type=search]");
const status = document.getElementById("search-status");
const fiches = document.getElementById("search-fiches");
const list = document.getElementById("search-results");

if (form && input && status && fiches && list) {
  let engine;
  const shards = new Map();
  let latest = 0;
  const loadPages = () =>
    (engine ??= import("/pagefind/pagefind.js").then(async (pagefind) => {
      await pagefind.options({ excerptLength: 22 });
      await pagefind.init();
      return pagefind;
    }));
  const empty = { entries: [], fiches: {} };
  const loadTitles = (key) => {
    if (!key) return Promise.resolve(empty);
    if (!shards.has(key))
      shards.set(
        key,
        fetch(`/recherche/intitules/${encodeURIComponent(key)}.json`)
          // No file for this key: no title has a word starting so.
          .then((r) => (r.ok ? r.json().then(prepare) : empty))
          .catch((error) => {
            shards.delete(key); // offline or failed: try again on the next keystroke
            throw error;
          }),
      );
    return shards.get(key);
  };

  const el = (tag, props = {}, ...children) => {
    const node = Object.assign(document.createElement(tag), props);
    node.append(...children);
    return node;
  };

  // Pagefind's excerpts are escaped text with <mark> around the matches: rebuilt as DOM, never inserted as HTML.
  const decoder = document.createElement("textarea");
  const decode = (s) => ((decoder.innerHTML = s), decoder.value);
  const excerpt = (html, className) =>
    el(
      "p",
      { className },
      ...html.split(/(<mark>[\s\S]*?<\/mark>)/).map((part) => {
        const m = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
        return m ? el("mark", { textContent: decode(m[1]) }) : decode(part);
      }),
    );

  const renderPage = (result) =>
    el(
      "li",
      {},
      el("h3", { className: "text-lg font-semibold" }, el("a", { href: result.url, textContent: result.meta.title })),
      excerpt(result.excerpt, "text-sm"),
    );

  const renderFiche = (hit) =>
    el(
      "li",
      {},
      el("a", { href: `/fiches/${hit.code.toLowerCase()}`, className: "font-semibold", textContent: hit.fiche }),
      " ",
      el("span", { className: "text-xs text-muted", textContent: hit.code }),
      ...(hit.matched ? [el("span", { className: "block text-sm text-muted", textContent: `aussi appelé « ${hit.matched} »` })] : []),
    );

  const heading = (text) => el("h2", { className: "text-xl font-bold", textContent: text });

  const plural = (n, one, other) => `${n} ${n > 1 ? other : one}`;

  const run = async (query) => {
    const id = ++latest;
    if (!query.trim()) {
      status.textContent = "";
      fiches.replaceChildren();
      list.replaceChildren();
      return;
    }
    status.textContent = "Recherche en cours…";
    try {
      const [index, pagefind] = await Promise.all([loadTitles(shardKey(query)), loadPages()]);
      const search = await pagefind.debouncedSearch(query, {}, 250);
      if (search === null || id !== latest) return; // a newer query took over
      const hits = searchTitles(index, query);
      const pages = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
      if (id !== latest) return;
      const n = search.results.length;
      status.textContent =
        hits.length || n
          ? `${hits.length ? plural(hits.length, "métier", "métiers") : "Aucun métier"} et ${n ? plural(n, "page", "pages") : "aucune page"} pour «\u00A0${query}\u00A0»`
          : `Aucun métier ni aucune page ne correspond à «\u00A0${query}\u00A0».`;
      fiches.replaceChildren(...(hits.length ? [heading("Métiers"), el("ol", { className: "space-y-2" }, ...hits.map(renderFiche))] : []));
      list.replaceChildren(
        ...(n ? [heading("Dans les pages du guide"), el("ol", { className: "space-y-4" }, ...pages.map(renderPage))] : []),
      );
    } catch {
      status.textContent =
        "La recherche n'a pas pu se charger\u00A0: les métiers de A à Z et la liste des pages ci-dessous restent disponibles.";
    }
  };

  input.addEventListener("input", () => run(input.value));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run(input.value);
  });
  const initial = new URLSearchParams(location.search).get("q");
  if (initial) {
    input.value = initial;
    run(initial);
  }
}
