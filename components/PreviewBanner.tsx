import type { Article } from "@/lib/content/article";
import { formatPublicationDate } from "@/lib/i18n/date-format";

/** Seen only in `next dev`: drafts and scheduled articles are never built for readers. */
export function PreviewBanner({ status, publishedAt }: Pick<Article, "status" | "publishedAt">) {
  if (status === "published") return null;
  return (
    <p className="preview-banner" role="status">
      {status === "draft" ? (
        <>
          <strong>Draft</strong>: not on the site. Delete <code>draft: true</code> to publish it.
        </>
      ) : (
        <>
          <strong>Scheduled</strong>: left out of the site until {formatPublicationDate(publishedAt)}; the first build after
          that publishes it.
        </>
      )}
    </p>
  );
}
