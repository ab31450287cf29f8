import type { ReactNode } from "react";
import { staticParams } from "@/app/_lib/content";

// One set of static params for every page of an occupation; any other slug is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams("section:role");
}

export default function RoleLayout({ children }: { children: ReactNode }) {
  return children;
}
