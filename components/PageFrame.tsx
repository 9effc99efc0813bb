import type { ReactNode } from "react";
import { Masthead } from "./Masthead";
import { SiteFooter } from "./SiteFooter";

/** The document around every page: language and direction, skip link, masthead, main, footer. */
export function PageFrame({ lang, dir, children }: { lang: string; dir: "ltr" | "rtl"; children: ReactNode }) {
  return (
    <html lang={lang} dir={dir}>
      <body>
        <a className="skip-link" href="#main-content">
          Skip to content
        </a>
        <Masthead />
        <main id="main-content" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
