import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Article } from "@/components/Article";
import { JsonLd } from "@/components/JsonLd";
import { defaultLocation, getSiteArticle, getSiteArticles } from "@/lib/articles";
import { describeImage } from "@/lib/images";
import { articleMetadata } from "@/lib/seo";
import { breadcrumbJsonLd, newsArticleJsonLd } from "@/lib/structured-data";

// Only the published articles exist; any other slug is the site's 404 page.
export const dynamicParams = false;

export function generateStaticParams() {
  return getSiteArticles().map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<"/articles/[slug]">): Promise<Metadata> {
  const article = getSiteArticle((await params).slug);
  return article ? articleMetadata(article) : {};
}

export default async function ArticlePage({ params }: PageProps<"/articles/[slug]">) {
  const article = getSiteArticle((await params).slug);
  if (!article) notFound();
  // The preview (next dev) serves public/ as it is, without the resized copies the build writes.
  const withVariants = process.env.NODE_ENV !== "development";
  const figure = article.image && (await describeImage(article.image, defaultLocation.publicDir, withVariants));
  return (
    <>
      <JsonLd data={newsArticleJsonLd(article)} />
      <JsonLd data={breadcrumbJsonLd(article)} />
      <Article article={article} figure={figure} />
    </>
  );
}
