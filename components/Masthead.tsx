import type { Labels } from "@/lib/i18n/labels";
import { langIfOther } from "@/lib/content/language";
import type { NavLink } from "@/lib/publish/navigation";
import { site } from "@/lib/site";

/** The site's name, its tagline, and a link to every section. */
export function Masthead({ labels, sections, pageLang }: { labels: Labels; sections: NavLink[]; pageLang: string }) {
  return (
    <header className="masthead">
      <div className="masthead-brand">
        <a href="/" className="masthead-name" lang={langIfOther("en", pageLang)}>
          {site.name}
        </a>
        <p className="masthead-tagline">{labels.tagline}</p>
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
