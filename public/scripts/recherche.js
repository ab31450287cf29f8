// Search box of /recherche: a progressive enhancement. The form is in the page from the start (a GET form: without
// JavaScript it lands on the list of every page). The Pagefind index (/pagefind/, built by `npm run build`) is loaded on first input only, so the
// page costs nothing more until a reader types.
const form = document.querySelector("[data-search-form]");
const input = form?.querySelector("input[type=search]");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");

if (form && input && status && list) {
  let engine;
  let latest = 0;
  const load = () =>
    (engine ??= import("/pagefind/pagefind.js").then(async (pagefind) => {
      await pagefind.options({ excerptLength: 22 });
      await pagefind.init();
      return pagefind;
    }));

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

  const render = (result) => {
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
      el("h2", { className: "text-lg font-semibold" }, el("a", { href: result.url, textContent: result.meta.title })),
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

  const run = async (query) => {
    const id = ++latest;
    if (!query.trim()) {
      status.textContent = "";
      list.replaceChildren();
      return;
    }
    status.textContent = "Recherche en cours…";
    try {
      const pagefind = await load();
      const search = await pagefind.debouncedSearch(query, {}, 250);
      if (search === null || id !== latest) return; // a newer query took over
      const results = await Promise.all(search.results.slice(0, 8).map((r) => r.data()));
      if (id !== latest) return;
      const n = search.results.length;
      status.textContent = n
        ? `${n} page${n > 1 ? "s" : ""} pour «\u00A0${query}\u00A0»`
        : `Aucune page ne contient «\u00A0${query}\u00A0».`;
      list.replaceChildren(...results.map(render));
    } catch {
      status.textContent = "La recherche n'a pas pu se charger\u00A0: la liste des pages ci-dessous reste disponible.";
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
