import { JsonLd } from "@/components/JsonLd";
import { ListingPage } from "@/components/ListingPage";
import { getSiteArticles } from "@/lib/articles";
import { webSiteJsonLd } from "@/lib/structured-data";

export default function HomePage() {
  return (
    <>
      <JsonLd data={webSiteJsonLd()} />
      <ListingPage title="Latest reporting" articles={getSiteArticles()} />
    </>
  );
}
