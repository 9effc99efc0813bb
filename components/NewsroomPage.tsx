import type { NewsroomPage as NewsroomPageData } from "@/lib/content/newsroom-files";
import { ArticleBody } from "./ArticleBody";

/** One of the newsroom's own pages: an article's typography, without dates, credit or timeline. */
export function NewsroomPage({ page }: { page: NewsroomPageData }) {
  return (
    <article className="article newsroom-page">
      <header className="article-header">
        <h1>{page.title}</h1>
      </header>
      <div className="article-main">
        <ArticleBody sections={page.sections} />
      </div>
    </article>
  );
}
