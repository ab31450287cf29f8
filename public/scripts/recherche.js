// Search box of /recherche: a progressive enhancement. The form is in the page from the start (a GET form: without
// JavaScript it lands on the A–Z index and the list of the guide's pages). Nothing more loads until a reader types:
// then the shard of job titles for the query's longest word (/recherche/intitules/<3 letters>.json, a few KB,
// matched by title-match.js) and the Pagefind index of the guide's own pages.

const form = document.querySelector("[data-search-form]");
const input = form?.querySelector("input[type=search]");
const status = document.getElementById("search-status");
const fiches = document.getElementById("search-fiches");
const list = document.getElementById("search-results");

if (form && input && status && fiches && list) {
  let engine;
  const shards = new Map();
  // The title matcher, like the indexes, loads on first input only.
  let matcher;
  const loadMatcher = () => (matcher ??= import("/scripts/title-match.js"));
  let latest = 0;
  const loadPages = () =>
    (engine ??= import("/pagefind/pagefind.js").then(async (pagefind) => {
      await pagefind.options({ excerptLength: 22 });
      await pagefind.init();
      return pagefind;
    }));
  const empty = { entries: [], fiches: {} };
  const loadTitles = async (key) => {
    const { prepare } = await loadMatcher();
    if (!key) return empty;
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

  const renderPage = (result) => {
    // The three sections where the words weigh most, in page order.
    const weight = (s) => (s.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);
    const sections = result.sub_results
      .filter((s) => s.url !== result.url)
      .map((s, order) => ({ ...s, order, weight: weight(s) }))
      .sort((a, b) => b.weight - a.weight)
      .slice(0, 3)
      .sort((a, b) => a.order - b.order);
    return el(
      "li",
      {},
      el("h3", { className: "text-lg font-semibold" }, el("a", { href: result.url, textContent: result.meta.title })),
      excerpt(result.excerpt, "text-sm"),
      ...(sections.length
        ? [
            el(
              "ul",
              { className: "mt-1 space-y-1 border-l-2 border-line pl-3 text-sm" },
              ...sections.map((s) => el("li", {}, el("a", { href: s.url, textContent: s.title }), excerpt(s.excerpt, "text-muted"))),
            ),
          ]
        : []),
    );
  };

  const renderFiche = (hit) =>
    el(
      "li",
      {},
      el("a", { href: `/fiches/${hit.code.toLowerCase()}`, className: "font-semibold", textContent: hit.fiche }),
      " ",
      el("span", { className: "text-xs text-muted", textContent: hit.code }),
      ...(hit.matched ? [el("span", { className: "block text-sm text-muted", textContent: `aussi appelé « ${hit.matched} »` })] : []),
    );

  /** The words Pagefind highlighted in a result (its excerpt and its sections'), folded. */
  const marked = (page, fold) =>
    [page.excerpt, ...page.sub_results.map((s) => s.excerpt)].flatMap((html) =>
      [...html.matchAll(/<mark>([\s\S]*?)<\/mark>/g)].flatMap((m) => fold(decode(m[1])).split(" ")),
    );
  const sharedStart = (a, b) => {
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    return i;
  };
  const relevant = (page, words, fold) => {
    const marks = marked(page, fold);
    return words.some((w) => marks.some((m) => sharedStart(m, w) >= Math.min(w.length, 4) && m.length >= Math.min(w.length, 3)));
  };

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
      const { fold, queryWords, searchTitles, shardKey } = await loadMatcher();
      const [index, pagefind] = await Promise.all([loadTitles(shardKey(query)), loadPages()]);
      const search = await pagefind.debouncedSearch(query, {}, 250);
      if (search === null || id !== latest) return; // a newer query took over
      const hits = searchTitles(index, query);
      // Pagefind also returns pages where only a short word resembles the query (« Z » for « zzzzqqq »): a page counts
      // when a word it highlights shares its first letters with a word of the query (« sécuriser » for « sécurisé »).
      const words = queryWords(query);
      const all = await Promise.all(search.results.slice(0, 30).map((r) => r.data()));
      if (id !== latest) return;
      const pages = all.filter((page) => relevant(page, words, fold));
      const n = pages.length;
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

// Whether the search works with no network: it does once its index was loaded here (the offline worker keeps it),
// for the words and job titles already looked up on this device.
const offlineNote = document.getElementById("search-offline");
const sayOffline = () =>
  offlineNote &&
  "caches" in window &&
  caches.match("/pagefind/pagefind.js").then((kept) => {
    offlineNote.textContent = kept
      ? `${navigator.onLine ? "Sans réseau" : "Hors connexion"}, la recherche marche ici pour les mots déjà cherchés.`
      : `${navigator.onLine ? "Sans réseau" : "Hors connexion"}, la recherche ne marche pas encore ici : cherchez une fois en ligne.`;
  });
sayOffline();
addEventListener("online", sayOffline);
addEventListener("offline", sayOffline);
