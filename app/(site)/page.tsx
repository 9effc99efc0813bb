import { ListingPage } from "@/components/ListingPage";
import { getSiteArticles } from "@/lib/articles";

export default function HomePage() {
  return <ListingPage title="Latest reporting" articles={getSiteArticles()} />;
}
