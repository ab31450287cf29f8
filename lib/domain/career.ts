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
  for (let round = 0; round < career.roles.length; round++)
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

/** Roles reachable in one step from the start of the career graph. */
export function nextSteps(career: Career): string[] {
  const title = new Map(career.roles.map((r) => [r.id, r.title]));
  return career.paths.filter((p) => p.from === career.start).map((p) => title.get(p.to) ?? p.to);
}
