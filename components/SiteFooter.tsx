import type { Labels } from "@/lib/labels";
import { langIfOther } from "@/lib/language";
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
