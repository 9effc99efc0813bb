import type { Labels } from "@/lib/i18n/labels";
import { shareLinks } from "@/lib/publish/share";

/**
 * Share links that are plain addresses, so they work with no JavaScript. "Copy link" is a button
 * only JavaScript can work, so it is hidden until public/copy-link.js shows it.
 */
export function Share({ url, title, labels }: { url: string; title: string; labels: Labels }) {
  return (
    <div className="share" role="group" aria-labelledby="share-label">
      <span id="share-label" className="share-label">
        {labels.share}
      </span>
      <ul>
        {shareLinks(url, title).map(({ service, href }) => (
          <li key={service}>
            <a href={href} className={`share-${service}`}>
              {labels.shareBy[service]}
            </a>
          </li>
        ))}
        {/* copy-link.js un-hides it, and in the preview (next dev) it can do so before React hydrates the
            page: a difference React is told to expect, not a mismatch. */}
        <li hidden suppressHydrationWarning>
          <button type="button" className="copy-link" data-copy-link={url} data-copied={labels.linkCopied} data-failed={labels.copyFailed}>
            {labels.copyLink}
          </button>
        </li>
      </ul>
      <script src="/copy-link.js" defer />
    </div>
  );
}
