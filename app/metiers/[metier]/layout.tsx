import type { ReactNode } from "react";
import { staticParams } from "@/app/_lib/content";

// One set of static params for every page of an occupation; any other slug is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams("section:occupation");
}

export default function OccupationLayout({ children }: { children: ReactNode }) {
  return children;
}
