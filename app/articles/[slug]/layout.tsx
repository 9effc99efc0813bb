import { editionOf, MAIN_EDITION } from "@/lib/content/editions";
import { getSiteArticle } from "@/lib/site-content";
import { siteMetadata } from "@/lib/publish/seo";
import { EditionFrame } from "../../edition-frame";
import "../../globals.css";

export const metadata = siteMetadata;

// A root layout of its own, so that the whole page (<html lang dir>) speaks the article's language,
// in its edition's masthead.
export default async function ArticleLayout({ children, params }: LayoutProps<"/articles/[slug]">) {
  const article = getSiteArticle((await params).slug);
  const lang = article?.language ?? MAIN_EDITION;
  return (
    <EditionFrame edition={editionOf(lang)} lang={lang}>
      {children}
    </EditionFrame>
  );
}
