import type { Labels } from "@/lib/i18n/labels";
import { langIfOther } from "@/lib/content/language";
import type { NavLink } from "@/lib/publish/navigation";
import { site } from "@/lib/site";

/** Who we are and how we work (the newsroom's own pages), the archive, and the credit line. */
export function SiteFooter({ labels, pageLang, links = [] }: { labels: Labels; pageLang: string; links?: NavLink[] }) {
  return (
    <footer className="site-footer">
      {links.length > 0 && (
        <nav aria-label={labels.aboutTheSite}>
          <ul className="footer-links">
            {links.map((link) => (
              <li key={link.href}>
                <a href={link.href} lang={langIfOther(link.lang, pageLang)}>
                  {link.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <p>
        © <span lang={langIfOther("en", pageLang)}>{site.name}</span>. {labels.footer}
      </p>
    </footer>
  );
}
