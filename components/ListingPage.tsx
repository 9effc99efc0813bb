import type { ComponentProps } from "react";
import { ArticleList } from "./ArticleList";

/** A front: the home page, a section or a tag, with its stories newest first. */
export function ListingPage({ title, articles }: { title: string; articles: ComponentProps<typeof ArticleList>["articles"] }) {
  return (
    <div className="front-page">
      <h1>{title}</h1>
      <ArticleList articles={articles} />
    </div>
  );
}
