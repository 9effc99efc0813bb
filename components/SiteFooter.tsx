import type { Labels } from "@/lib/i18n/labels";
import { langIfOther } from "@/lib/content/language";
import { site } from "@/lib/site";

export function SiteFooter({ labels, pageLang }: { labels: Labels; pageLang: string }) {
  return (
    <footer className="site-footer">
      <p>
        © <span lang={langIfOther("en", pageLang)}>{site.name}</span>. {labels.footer}
      </p>
    </footer>
  );
}
