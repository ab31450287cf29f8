import type { ReactNode } from "react";
import { getRoleSlugs } from "@/lib/content/load";

// One set of static params for every page of an occupation; any other slug is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return getRoleSlugs().map((metier) => ({ metier }));
}

export default function RoleLayout({ children }: { children: ReactNode }) {
  return children;
}
