import type { Article } from "@/lib/content/article";
import { formatPublicationDate } from "@/lib/i18n/date-format";

/**
 * Seen only in `next dev`: drafts and scheduled articles are never built for readers.
 * `goesOut` is when a scheduled one goes out, in the newsroom's time zone ("Thu, 1 January 2099 at 06:00 (Asia/Kabul)").
 */
export function PreviewBanner({ status, publishedAt, goesOut }: Pick<Article, "status" | "publishedAt"> & { goesOut?: string }) {
  if (status === "published") return null;
  return (
    <p className="preview-banner" role="status">
      {status === "draft" ? (
        <>
          <strong>Draft</strong>: not on the site. Delete <code>draft: true</code> to publish it.
        </>
      ) : (
        <>
          <strong>Scheduled</strong>: left out of the site until {goesOut ?? formatPublicationDate(publishedAt)}; the first build
          after that publishes it.
        </>
      )}
    </p>
  );
}
