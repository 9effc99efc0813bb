import { PageFrame } from "@/components/PageFrame";
import { getNewsroomPages, getSiteArticle, getSections } from "@/lib/site-content";
import { footerLinks, sectionLinks } from "@/lib/publish/navigation";
import { siteMetadata } from "@/lib/publish/seo";
import "../../globals.css";

export const metadata = siteMetadata;

// A root layout of its own, so that the whole page (<html lang dir>) speaks the article's language.
export default async function ArticleLayout({ children, params }: LayoutProps<"/articles/[slug]">) {
  const article = getSiteArticle((await params).slug);
  return (
    <PageFrame lang={article?.language ?? "en"} dir={article?.dir ?? "ltr"} sections={sectionLinks(getSections())} footerLinks={footerLinks(getNewsroomPages())}>
      {children}
    </PageFrame>
  );
}
