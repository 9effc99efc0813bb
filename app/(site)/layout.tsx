import type { ReactNode } from "react";
import { siteMetadata } from "@/lib/publish/seo";
import { MAIN_EDITION } from "@/lib/content/editions";
import { EditionFrame } from "../edition-frame";
import "../globals.css";

export const metadata = siteMetadata;

export default function SiteLayout({ children }: { children: ReactNode }) {
  return <EditionFrame edition={MAIN_EDITION}>{children}</EditionFrame>;
}
