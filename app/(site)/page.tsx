import { JsonLd } from "@/components/JsonLd";
import { ListingPage } from "@/components/ListingPage";
import { getNewsroomPages, getSiteArticles, getSections } from "@/lib/site-content";
import { sectionLinks } from "@/lib/publish/navigation";
import { FRONT_PAGE_STORIES } from "@/lib/site";
import { webSiteJsonLd } from "@/lib/publish/structured-data";

export default function HomePage() {
  const articles = getSiteArticles();
  return (
    <>
      <JsonLd data={webSiteJsonLd(getNewsroomPages())} />
      <ListingPage
        title="Latest reporting"
        articles={articles.slice(0, FRONT_PAGE_STORIES)}
        olderBySection={articles.length > FRONT_PAGE_STORIES ? sectionLinks(getSections()) : undefined}
      />
    </>
  );
}
