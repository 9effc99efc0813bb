import { socialCard } from "@/lib/build/social-card";
import { getSiteArticle, getSiteArticles } from "@/lib/site-content";
import { hasHeadlineCard, headlineCardText } from "@/lib/publish/seo";
import { rendered } from "@/lib/build/render-only";
import { socialCardPath } from "@/lib/site";

// Drawn at build time to out/articles/<slug>/social-card.png, for the articles lib/publish/seo.ts
// decides need one; it points og:image and the JSON-LD at it.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return rendered(
    getSiteArticles()
      .filter(hasHeadlineCard)
      .map(({ slug }) => ({ slug })),
    ({ slug }) => socialCardPath(slug),
    "slug",
  );
}

export async function GET(_request: Request, { params }: RouteContext<"/articles/[slug]/social-card.png">) {
  const article = getSiteArticle((await params).slug);
  if (!article) return new Response("Not found", { status: 404 });
  return socialCard(headlineCardText(article));
}
