import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NewsroomPage } from "@/components/NewsroomPage";
import { listingMetadata } from "@/lib/publish/seo";
import { pagePath } from "@/lib/site";
import { getNewsroomPages } from "@/lib/site-content";
import { EditionFront, editionFrontMetadata } from "../../edition-front";
import { editionOfFolder } from "./edition-params";

// An edition's front page (/fa/), or one of the newsroom's own pages (/about/).
const newsroomPage = (slug: string) => getNewsroomPages().find((page) => page.slug === slug);

export async function generateMetadata({ params }: PageProps<"/[edition]">): Promise<Metadata> {
  const folder = (await params).edition;
  const edition = editionOfFolder(folder);
  if (edition) return editionFrontMetadata(edition);
  const page = newsroomPage(folder);
  return page ? listingMetadata(page.title, page.description, pagePath(page.slug)) : {};
}

export default async function FolderPage({ params }: PageProps<"/[edition]">) {
  const folder = (await params).edition;
  const edition = editionOfFolder(folder);
  if (edition) return <EditionFront edition={edition} />;
  const page = newsroomPage(folder);
  if (!page) notFound();
  return <NewsroomPage page={page} />;
}
