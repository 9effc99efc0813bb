import type { Metadata } from "next";
import { SearchPage } from "@/components/SearchPage";
import { labelsFor } from "@/lib/i18n/labels";
import { sectionLinks, tagLinks } from "@/lib/publish/navigation";
import { searchMetadata } from "@/lib/publish/seo";
import { MAIN_EDITION } from "@/lib/content/editions";
import { getEdition } from "@/lib/site-content";
import { searchPath } from "@/lib/site";

export const metadata: Metadata = searchMetadata(MAIN_EDITION);

export default function SearchRoute() {
  const { sections, tags } = getEdition();
  return <SearchPage labels={labelsFor(MAIN_EDITION)} lang={MAIN_EDITION} path={searchPath} sections={sectionLinks(sections)} topics={tagLinks(tags)} />;
}
