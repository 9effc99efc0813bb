import type { Metadata } from "next";
import { editionMetadata } from "@/lib/publish/seo";
import { EditionFrame } from "../../edition-frame";
import { editionParams } from "./edition-params";
import "../../globals.css";

// One folder per edition other than English with articles to show (/fa/, /ps/); a root layout of
// its own, so that the whole page (<html lang dir>) speaks the edition's language.
export const dynamicParams = false;

export const generateStaticParams = editionParams;

export async function generateMetadata({ params }: LayoutProps<"/[edition]">): Promise<Metadata> {
  return editionMetadata((await params).edition);
}

export default async function EditionLayout({ children, params }: LayoutProps<"/[edition]">) {
  return <EditionFrame edition={(await params).edition}>{children}</EditionFrame>;
}
