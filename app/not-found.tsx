import type { Metadata } from "next";
import { getContent } from "@/app/_lib/content";
import { homePath, occupationPath, sourcesPath } from "@/lib/site/routes";

export const metadata: Metadata = {
  title: "Page introuvable",
  description: "Cette adresse ne correspond à aucune page du guide des métiers.",
  robots: { index: false },
};

export default function NotFound() {
  return (
    <div className="space-y-4 py-8">
      <p className="text-sm font-semibold tracking-wide text-accent uppercase">Erreur 404</p>
      <h1 className="text-3xl font-bold">Cette page n'existe pas</h1>
      <p className="max-w-2xl text-lg text-muted">
        L'adresse est peut-être mal recopiée, ou la page a changé de place. Voici par où reprendre :
      </p>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          <a href={homePath}>L'accueil du guide</a>
        </li>
        {getContent().occupations.map((r) => (
          <li key={r.slug}>
            <a href={occupationPath(r.slug)}>{r.title}</a>
          </li>
        ))}
        <li>
          <a href={sourcesPath}>Les sources</a>
        </li>
      </ul>
    </div>
  );
}
