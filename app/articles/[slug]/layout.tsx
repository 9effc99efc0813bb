import { PageFrame } from "@/components/PageFrame";
import { getSiteArticle } from "@/lib/articles";
import { sectionLinks } from "@/lib/navigation";
import { siteMetadata } from "@/lib/seo";
import "../../globals.css";

export const metadata = siteMetadata;

// A root layout of its own, so that the whole page (<html lang dir>) speaks the article's language.
export default async function ArticleLayout({ children, params }: LayoutProps<"/articles/[slug]">) {
  const article = getSiteArticle((await params).slug);
  return (
    <PageFrame lang={article?.language ?? "en"} dir={article?.dir ?? "ltr"} sections={sectionLinks()}>
      {children}
    </PageFrame>
  );
}
