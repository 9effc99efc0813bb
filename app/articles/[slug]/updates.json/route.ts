import { getSiteArticle, getSiteArticles } from "@/lib/site-content";
import { rendered } from "@/lib/build/render-only";
import { liveStories, liveUpdatesData } from "@/lib/publish/live-updates";
import { liveUpdatesPath } from "@/lib/site";

// Written at build time to out/articles/<slug>/updates.json, for each live story.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return rendered(
    liveStories(getSiteArticles()).map(({ slug }) => ({ slug })),
    ({ slug }) => liveUpdatesPath(slug),
    "slug",
  );
}

export async function GET(_request: Request, { params }: RouteContext<"/articles/[slug]/updates.json">) {
  const article = getSiteArticle((await params).slug);
  const data = article && liveUpdatesData(article);
  if (!data) return new Response("Not found", { status: 404 });
  return new Response(JSON.stringify(data), { headers: { "Content-Type": "application/json; charset=utf-8" } });
}
