import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { orPlaceholder } from "@/lib/build/placeholder-pages";
import { JsonLd } from "@/components/JsonLd";
import { ReporterPage } from "@/components/ReporterPage";
import { getReporterPages } from "@/lib/site-content";
import { listingMetadata } from "@/lib/publish/seo";
import { profilePageJsonLd } from "@/lib/publish/structured-data";
import { authorPath } from "@/lib/site";

// Only reporters with a file in content/authors/ have pages; any other address is the 404 page.
export const dynamicParams = false;

const find = (slug: string) => getReporterPages().find((page) => page.author.slug === slug);

export function generateStaticParams() {
  return orPlaceholder(getReporterPages().map(({ author }) => ({ slug: author.slug })), "slug");
}

export async function generateMetadata({ params }: PageProps<"/authors/[slug]">): Promise<Metadata> {
  const reporter = find((await params).slug);
  if (!reporter) return {};
  const { name, role, slug } = reporter.author;
  return listingMetadata(name, `${role ? `${name}, ${role}: ` : `${name}: `}every story, newest first.`, authorPath(slug));
}

export default async function AuthorRoute({ params }: PageProps<"/authors/[slug]">) {
  const reporter = find((await params).slug);
  if (!reporter) notFound();
  return (
    <>
      <JsonLd data={profilePageJsonLd(reporter.author)} />
      <ReporterPage reporter={reporter} />
    </>
  );
}
