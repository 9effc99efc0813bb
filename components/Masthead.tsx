import type { Labels } from "@/lib/i18n/labels";
import { langIfOther } from "@/lib/content/language";
import { MAIN_EDITION } from "@/lib/content/editions";
import type { NavLink } from "@/lib/publish/navigation";
import { editionPath, editionSearchPath, site } from "@/lib/site";

interface MastheadProps {
  labels: Labels;
  sections: NavLink[];
  pageLang: string;
  /** The edition the page is in: the site's name leads to its front page. */
  edition?: string;
  /** Every edition's front page, by its own name; empty when the site has one edition. */
  editions?: NavLink[];
}

function NavLinks({ label, links, pageLang }: { label: string; links: NavLink[]; pageLang: string }) {
  return (
    <nav className="masthead-nav" aria-label={label}>
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href} lang={langIfOther(link.lang, pageLang)} hrefLang={link.hreflang}>
              {link.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The site's name, its tagline, the search form, a link to every edition, and a link to every
 * section of this one. The form is a plain GET to the edition's search page, so it works without
 * JavaScript.
 */
export function Masthead({ labels, sections, pageLang, edition = MAIN_EDITION, editions = [] }: MastheadProps) {
  return (
    <header className="masthead">
      <div className="masthead-brand">
        <a href={editionPath(edition, "/")} className="masthead-name" lang={langIfOther("en", pageLang)}>
          {site.name}
        </a>
        <p className="masthead-tagline">{labels.tagline}</p>
        <form className="masthead-search" role="search" aria-label={labels.search.site} action={editionSearchPath(edition)} method="get">
          <label htmlFor="masthead-search-query">{labels.search.label}</label>
          <input id="masthead-search-query" type="search" name="q" required />
          <button type="submit">{labels.search.button}</button>
        </form>
      </div>
      {editions.length > 0 && <NavLinks label={labels.editions} links={editions} pageLang={pageLang} />}
      {sections.length > 0 && <NavLinks label={labels.sections} links={sections} pageLang={pageLang} />}
    </header>
  );
}
