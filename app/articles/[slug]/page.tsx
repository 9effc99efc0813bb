import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Article } from "@/components/Article";
import { JsonLd } from "@/components/JsonLd";
import { config } from "@/lib/config";
import { goesOut } from "@/lib/content/moments";
import { StoryProblems } from "@/components/StoryProblems";
import { getAuthors, getHeldBackSlugs, getHeldBackStory, getNewsroomPages, getSiteArticle, getSiteArticles } from "@/lib/site-content";
import { reporterPaths } from "@/lib/enrich/authors";
import { describeStoryPhotos, shareCopy } from "@/lib/build/images";
import { folderAddress, rendered } from "@/lib/build/render-only";
import { articleMetadata } from "@/lib/publish/seo";
import { breadcrumbJsonLd, liveBlogPostingJsonLd, newsArticleJsonLd } from "@/lib/publish/structured-data";

// Only the published articles exist; any other slug is the site's 404 page.
export const dynamicParams = false;

export function generateStaticParams() {
  return rendered(
    [...getSiteArticles().map(({ slug }) => slug), ...getHeldBackSlugs()].map((slug) => ({ slug })),
    ({ slug }) => folderAddress("articles", slug),
    "slug",
  );
}

// The preview (next dev) serves public/ as it is, without the resized copies the build writes.
// Once for the page and its metadata: cache() keeps the answer for the page being rendered.
const figuresOf = cache(async (slug: string) => {
  const article = getSiteArticle(slug);
  return article && describeStoryPhotos(article, config.PUBLIC_DIR, !config.preview);
});

export async function generateMetadata({ params }: PageProps<"/articles/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  const article = getSiteArticle(slug);
  const figure = (await figuresOf(slug))?.figure;
  return article ? articleMetadata(article, figure && shareCopy(figure)) : {};
}

export default async function ArticlePage({ params }: PageProps<"/articles/[slug]">) {
  const { slug } = await params;
  const article = getSiteArticle(slug);
  const held = article ? undefined : getHeldBackStory(slug);
  if (held) return <StoryProblems {...held} />;
  if (!article) notFound();
  const figures = await figuresOf(slug);
  const newsroom = { authors: getAuthors(), pages: getNewsroomPages() };
  const live = liveBlogPostingJsonLd(article, newsroom);
  return (
    <>
      <JsonLd data={newsArticleJsonLd(article, newsroom)} />
      {live && <JsonLd data={live} />}
      <JsonLd data={breadcrumbJsonLd(article)} />
      <Article
        article={article}
        figures={figures}
        goesOut={article.status === "scheduled" ? goesOut(article, config.timeZone) : undefined}
        reporterPath={reporterPaths(getAuthors())}
      />
    </>
  );
}
