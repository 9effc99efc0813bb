import type { Metadata } from "next";
import { MAIN_EDITION } from "@/lib/content/editions";
import { editionMetadata, siteMetadata } from "@/lib/publish/seo";
import { EditionFrame } from "../../edition-frame";
import { editionOfFolder, folderParams } from "./edition-params";
import "../../globals.css";

// One folder per edition other than English with articles to show (/fa/, /ps/); a root layout of
// its own, so that the whole page (<html lang dir>) speaks the edition's language. The newsroom's
// pages (/about/) share the segment, in English's frame.
export const dynamicParams = false;

export const generateStaticParams = folderParams;

export async function generateMetadata({ params }: LayoutProps<"/[edition]">): Promise<Metadata> {
  const edition = editionOfFolder((await params).edition);
  return edition ? editionMetadata(edition) : siteMetadata;
}

export default async function EditionLayout({ children, params }: LayoutProps<"/[edition]">) {
  return <EditionFrame edition={editionOfFolder((await params).edition) ?? MAIN_EDITION}>{children}</EditionFrame>;
}
