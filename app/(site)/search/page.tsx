import type { Metadata } from "next";
import { SearchPage } from "@/components/SearchPage";
import { labelsFor } from "@/lib/i18n/labels";
import { sectionLinks, tagLinks } from "@/lib/publish/navigation";
import { listingMetadata } from "@/lib/publish/seo";
import { getEdition } from "@/lib/site-content";
import { searchPath } from "@/lib/site";

// A results page is not a page for search engines to list.
export const metadata: Metadata = { ...listingMetadata("Search", "Search every story.", searchPath), robots: { index: false, follow: true } };

export default function SearchRoute() {
  const { sections, tags } = getEdition();
  return <SearchPage labels={labelsFor("en")} lang="en" sections={sectionLinks(sections)} topics={tagLinks(tags)} />;
}
