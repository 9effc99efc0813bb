import type { Labels } from "@/lib/i18n/labels";
import { langIfOther } from "@/lib/content/language";
import type { NavLink } from "@/lib/publish/navigation";
import { searchPath, site } from "@/lib/site";

/**
 * The site's name, its tagline, the search form, and a link to every section. The form is a plain
 * GET to the search page, so it works without JavaScript on every page.
 */
export function Masthead({ labels, sections, pageLang }: { labels: Labels; sections: NavLink[]; pageLang: string }) {
  return (
    <header className="masthead">
      <div className="masthead-brand">
        <a href="/" className="masthead-name" lang={langIfOther("en", pageLang)}>
          {site.name}
        </a>
        <p className="masthead-tagline">{labels.tagline}</p>
        <form className="masthead-search" role="search" aria-label={labels.search.site} action={searchPath} method="get">
          <label htmlFor="masthead-search-query">{labels.search.label}</label>
          <input id="masthead-search-query" type="search" name="q" required />
          <button type="submit">{labels.search.button}</button>
        </form>
      </div>
      {sections.length > 0 && (
        <nav className="masthead-nav" aria-label={labels.sections}>
          <ul>
            {sections.map((section) => (
              <li key={section.href}>
                <a href={section.href} lang={langIfOther(section.lang, pageLang)}>
                  {section.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
