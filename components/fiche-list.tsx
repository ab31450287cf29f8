/** A list of links to fiches, in the order given: title, and the code in small type. */
export function FicheList({
  fiches,
  columns = true,
}: {
  fiches: readonly { code: string; title: string; path: string }[];
  columns?: boolean;
}) {
  return (
    <ul className={columns ? "grid gap-x-6 gap-y-1 sm:grid-cols-2" : "space-y-1"}>
      {fiches.map((f) => (
        <li key={f.code}>
          <a href={f.path}>{f.title}</a> <span className="text-xs text-muted">{f.code}</span>
        </li>
      ))}
    </ul>
  );
}
