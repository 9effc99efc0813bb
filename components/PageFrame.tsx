import type { ReactNode } from "react";
import { preload } from "react-dom";
import { MAIN_EDITION } from "@/lib/content/editions";
import { fontPath, preloadedFont } from "@/lib/i18n/fonts";
import { labelsFor } from "@/lib/i18n/labels";
import type { NavLink } from "@/lib/publish/navigation";
import { Masthead } from "./Masthead";
import { SiteFooter } from "./SiteFooter";

interface PageFrameProps {
  lang: string;
  dir: "ltr" | "rtl";
  /** The edition the page belongs to (lib/content/editions.ts). */
  edition?: string;
  sections?: NavLink[];
  editions?: NavLink[];
  /** The footer's links: the newsroom's own pages and the archive. */
  footerLinks?: NavLink[];
  children: ReactNode;
}

/** The document around every page: language and direction, skip link, masthead, main, footer. */
export function PageFrame({ lang, dir, edition = MAIN_EDITION, sections = [], editions = [], footerLinks = [], children }: PageFrameProps) {
  const labels = labelsFor(lang);
  // The body text's font, fetched with the HTML rather than once the CSS has been read, so it is
  // there by first paint and the text never jumps from the fallback to it.
  preload(fontPath(preloadedFont(dir)), { as: "font", type: "font/woff2", crossOrigin: "anonymous" });
  return (
    <html lang={lang} dir={dir}>
      <body>
        <a className="skip-link" href="#main-content">
          {labels.skipToContent}
        </a>
        <Masthead labels={labels} sections={sections} pageLang={lang} edition={edition} editions={editions} />
        <main id="main-content" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter labels={labels} pageLang={lang} links={footerLinks} />
      </body>
    </html>
  );
}
