import { ArticleList } from "@/components/ArticleList";
import { getPublishedArticles } from "@/lib/articles";

export default function HomePage() {
  return (
    <div className="front-page">
      <h1>Latest reporting</h1>
      <ArticleList articles={getPublishedArticles()} />
    </div>
  );
}
