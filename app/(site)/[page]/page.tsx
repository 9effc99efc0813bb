import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NO_PAGE, orNoPage } from "@/app/no-page";
import { NewsroomPage } from "@/components/NewsroomPage";
import { getNewsroomPages } from "@/lib/site-content";
import { listingMetadata } from "@/lib/publish/seo";
import { pagePath } from "@/lib/site";

// Only content/pages/ has pages here; any other address is the 404 page.
export const dynamicParams = false;

const find = (slug: string) => getNewsroomPages().find((page) => page.slug === slug);

export function generateStaticParams() {
  return orNoPage(getNewsroomPages().map(({ slug }) => ({ page: slug })), { page: NO_PAGE });
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
