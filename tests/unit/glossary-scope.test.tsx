import { Component, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { GlossaryScope } from "@/components/glossary-scope";
import type { LinkableTerm } from "@/lib/site/glossary-links";

const term = (id: string, forms: string[], case_sensitive = false): LinkableTerm => ({
  id,
  path: `/glossaire#${id}`,
  definition: `Définition de ${id}.`,
  forms,
  case_sensitive,
});
const terms = [term("api", ["API"], true), term("base-de-donnees", ["base de données", "bases de données"])];
const api = '<a href="/glossaire#api" class="terme" title="Définition de api.">API</a>';

/** The page `children` as the build writes it, through the scope. */
async function render(children: ReactNode) {
  return renderToStaticMarkup(await GlossaryScope({ terms, children }));
}

function Label({ text }: { text: string }) {
  return <strong>{text}</strong>;
}
/** Renders its `aside` after its children: elements are made in one order, shown in another. */
function Layout({ aside, children }: { aside: ReactNode; children: ReactNode }) {
  return (
    <div>
      <main>{children}</main>
      <aside>{aside}</aside>
    </div>
  );
}
async function Later({ text }: { text: string }) {
  await new Promise((resolve) => setTimeout(resolve, 5));
  return <em>{text}</em>;
}

describe("GlossaryScope: glossary links where the page is rendered", () => {
  it("links the first use of a term, inside components too, and leaves later uses as text", async () => {
    const html = await render(
      <section>
        <p>
          Une <Label text="API REST" /> puis une autre API.
        </p>
        <p>Une base de données et une API.</p>
      </section>,
    );
    expect(html).toBe(
      `<section><p>Une <strong>${api} REST</strong> puis une autre API.</p><p>Une <a href="/glossaire#base-de-donnees" class="terme" title="Définition de base-de-donnees.">base de données</a> et une API.</p></section>`,
    );
  });

  it("follows the order of the page, not the order elements were made in", async () => {
    const html = await render(
      <Layout aside={<p>API dans la marge</p>}>
        <p>API dans le texte</p>
      </Layout>,
    );
    expect(html).toBe(`<div><main><p>${api} dans le texte</p></main><aside><p>API dans la marge</p></aside></div>`);
  });

  it("waits for an async component in its place", async () => {
    expect(await render([<Later key="a" text="Une API" />, <p key="b">API</p>])).toBe(`<em>Une ${api}</em><p>API</p>`);
  });

  it("links inside a rendered markdown body, sharing the page's first use", async () => {
    const html = await render(
      <>
        <div dangerouslySetInnerHTML={{ __html: "<p>Une API, <code>API</code>.</p>" }} />
        <p>API</p>
      </>,
    );
    expect(html).toBe(`<div><p>Une ${api}, <code>API</code>.</p></div><p>API</p>`);
  });

  it("never links in headings, links, navigation, hidden or opted-out parts", async () => {
    const html = await render(
      <>
        <h2>API</h2>
        <a href="/x">API</a>
        <nav>API</nav>
        <p aria-hidden="true">API</p>
        <div data-no-glossary="">
          <Label text="API" />
        </div>
        <p>API</p>
      </>,
    );
    expect(html.match(/class="terme"/g)).toHaveLength(1);
    expect(html).toContain(`<p>${api}</p>`);
  });

  it("refuses what it cannot see into, by name", async () => {
    class Old extends Component {
      override render() {
        return <p>API</p>;
      }
    }
    await expect(render(<Old />)).rejects.toThrow("GlossaryScope: <Old> is not a server function component");
  });
});
