import type { Career } from "@/lib/content/schema";

export interface PlacedRole {
  id: string;
  title: string;
  detail?: string;
  /** Longest number of steps from the start. */
  depth: number;
  /** Row in reading order (depth-first from the start). */
  row: number;
}

/** Lays the career graph out as an indented tree: rows in depth-first order, indentation by longest path. */
export function layoutCareer(career: Career): PlacedRole[] {
  const children = new Map<string, string[]>();
  for (const p of career.paths) children.set(p.from, [...(children.get(p.from) ?? []), p.to]);

  const depth = new Map<string, number>([[career.start, 0]]);
  // Longest path by relaxation; the graph is small and acyclic (a cycle would stop after |roles| rounds).
  for (const _round of career.roles)
    for (const p of career.paths) {
      const d = depth.get(p.from);
      if (d !== undefined && (depth.get(p.to) ?? -1) < d + 1) depth.set(p.to, d + 1);
    }

  const order: string[] = [];
  const visit = (id: string) => {
    if (order.includes(id)) return;
    order.push(id);
    for (const c of children.get(id) ?? []) visit(c);
  };
  visit(career.start);
  for (const r of career.roles) visit(r.id); // roles unreachable from the start still appear

  return order.map((id, row) => {
    const role = career.roles.find((r) => r.id === id);
    return { id, title: role?.title ?? id, detail: role?.detail, depth: depth.get(id) ?? 0, row };
  });
}

/** A post the career paths lead to, with every source that names a route to it. */
export interface CareerDestination {
  id: string;
  title: string;
  detail?: string;
  sources: string[];
  /** Anchor of the first step that leads there, on the career page. */
  anchor: string;
}

/**
 * The one way the guide counts career paths: by destination. Each post any path leads to counts once, whatever
 * the number of routes to it (chef de projet directly, or after lead), in the order of the content's roles.
 */
export function careerDestinations(career: Career): CareerDestination[] {
  return career.roles.flatMap((r) => {
    const into = career.paths.filter((p) => p.to === r.id);
    if (r.id === career.start || into.length === 0) return [];
    const first = into[0];
    return [
      {
        id: r.id,
        title: r.title,
        ...(r.detail ? { detail: r.detail } : {}),
        sources: [...new Set(into.flatMap((p) => p.sources))],
        anchor: `${first?.from}-vers-${r.id}`,
      },
    ];
  });
}
