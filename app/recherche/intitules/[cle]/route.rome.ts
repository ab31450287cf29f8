import { getReferential } from "@/app/_lib/content";
import { titleSearchShards } from "@/lib/site/title-search";

// The job titles the search box looks through, cut by the first three letters of their words: a query loads one
// small file (/recherche/intitules/dev.json), never the 13,000 titles.
export const dynamic = "force-static";
export const dynamicParams = false;

let shards: ReturnType<typeof titleSearchShards> | undefined;
const allShards = () => (shards ??= titleSearchShards(getReferential()));

export function generateStaticParams() {
  return [...allShards().keys()].map((key) => ({ cle: `${key}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ cle: string }> }) {
  const { cle } = await params;
  const shard = allShards().get(cle.replace(/\.json$/, "")) ?? { fiches: {}, titles: [] };
  return new Response(JSON.stringify(shard), { headers: { "Content-Type": "application/json; charset=utf-8" } });
}
