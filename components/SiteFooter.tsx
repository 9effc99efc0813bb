import { site } from "@/lib/site";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        © {site.name}. Reporting credited to its original publishers, linked on each article.
      </p>
    </footer>
  );
}
