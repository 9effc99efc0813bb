// An edition's front page: its latest stories, then (when it has more) every section's page.
// English's is the site's root; the others are at /fa/, /ps/.
import type { Metadata } from "next";
import { JsonLd } from "@/components/JsonLd";
import { ListingPage } from "@/components/ListingPage";
import { labelsFor } from "@/lib/i18n/labels";
import { sectionLinks } from "@/lib/publish/navigation";
import { editionFronts, frontPageMetadata } from "@/lib/publish/seo";
import { webSiteJsonLd } from "@/lib/publish/structured-data";
import { FRONT_PAGE_STORIES } from "@/lib/site";
import { getEdition, getEditions, getNewsroomPages } from "@/lib/site-content";

export function editionFrontMetadata(edition: string): Metadata {
  return frontPageMetadata(edition, editionFronts(getEditions()));
}

export function EditionFront({ edition }: { edition: string }) {
  const { site: articles, sections } = getEdition(edition);
  return (
    <>
      <JsonLd data={webSiteJsonLd(edition, getNewsroomPages())} />
      <ListingPage
        title={labelsFor(edition).latestReporting}
        articles={articles.slice(0, FRONT_PAGE_STORIES)}
        olderBySection={articles.length > FRONT_PAGE_STORIES ? sectionLinks(sections, edition) : undefined}
        pageLang={edition}
      />
    </>
  );
}
