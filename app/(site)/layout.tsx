import type { ReactNode } from "react";
import { PageFrame } from "@/components/PageFrame";
import { footerLinks, sectionLinks } from "@/lib/publish/navigation";
import { getNewsroomPages, getSections } from "@/lib/site-content";
import { siteMetadata } from "@/lib/publish/seo";
import "../globals.css";

export const metadata = siteMetadata;

export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <PageFrame lang="en" dir="ltr" sections={sectionLinks(getSections())} footerLinks={footerLinks(getNewsroomPages())}>
      {children}
    </PageFrame>
  );
}
