import { JsonLd } from "@/components/JsonLd";
import { ListingPage } from "@/components/ListingPage";
import { getSiteArticles } from "@/lib/articles";
import { sectionLinks } from "@/lib/navigation";
import { FRONT_PAGE_STORIES } from "@/lib/site";
import { webSiteJsonLd } from "@/lib/structured-data";

export default function HomePage() {
  const articles = getSiteArticles();
  return (
    <>
      <JsonLd data={webSiteJsonLd()} />
      <ListingPage
        title="Latest reporting"
        articles={articles.slice(0, FRONT_PAGE_STORIES)}
        olderBySection={articles.length > FRONT_PAGE_STORIES ? sectionLinks() : undefined}
      />
    </>
  );
}
