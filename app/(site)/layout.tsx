import type { ReactNode } from "react";
import { PageFrame } from "@/components/PageFrame";
import { sectionLinks } from "@/lib/navigation";
import { siteMetadata } from "@/lib/seo";
import "../globals.css";

export const metadata = siteMetadata;

export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <PageFrame lang="en" dir="ltr" sections={sectionLinks()}>
      {children}
    </PageFrame>
  );
}
