import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { orPlaceholder } from "@/lib/build/placeholder-pages";
import { NewsroomPage } from "@/components/NewsroomPage";
import { getNewsroomPages } from "@/lib/site-content";
import { listingMetadata } from "@/lib/publish/seo";
import { pagePath } from "@/lib/site";

// Only content/pages/ has pages here; any other address is the 404 page.
export const dynamicParams = false;

const find = (slug: string) => getNewsroomPages().find((page) => page.slug === slug);

export function generateStaticParams() {
  return orPlaceholder(getNewsroomPages().map(({ slug }) => ({ page: slug })), "page");
}

export async function generateMetadata({ params }: PageProps<"/[page]">): Promise<Metadata> {
  const page = find((await params).page);
  return page ? listingMetadata(page.title, page.description, pagePath(page.slug)) : {};
}

export default async function NewsroomPageRoute({ params }: PageProps<"/[page]">) {
  const page = find((await params).page);
  if (!page) notFound();
  return <NewsroomPage page={page} />;
}
