import type { Metadata } from "next";
import { ArchiveIndex } from "@/components/ArchiveIndex";
import { getArchiveMonths } from "@/lib/site-content";
import { listingMetadata } from "@/lib/publish/seo";
import { archivePath } from "@/lib/site";

export const metadata: Metadata = listingMetadata("Archive", "Every month of reporting, each with all of its stories.", archivePath());

export default function ArchiveRoute() {
  return <ArchiveIndex months={getArchiveMonths()} />;
}
