import type { StoryPageLinks as Links } from "@/lib/enrich/story-pages";
import { labelsFor } from "@/lib/i18n/labels";

/**
 * Under a long list: back to its latest stories, to the newer and the older page, and which page
 * this is. No row of every page number: the list would change every page each time one is added.
 * Newer comes first in reading order, so in Dari and Pashto it sits on the right, as a book's.
 */
export function StoryPageLinks({ links, pageLang = "en" }: { links: Links; pageLang?: string }) {
  if (!links.newer && !links.older) return null;
  const labels = labelsFor(pageLang);
  return (
    <nav className="story-pages" aria-label={labels.storyPages}>
      <ul>
        {/* On the newest numbered page, "newer" is the first page already. */}
        {links.number !== undefined && links.newer !== links.first && (
          <li>
            <a href={links.first}>{labels.latestStories}</a>
          </li>
        )}
        {links.newer && (
          <li>
            <a href={links.newer} rel="prev">
              {labels.newerStories}
            </a>
          </li>
        )}
        <li>
          <a href={links.current} aria-current="page">
            {links.number === undefined ? labels.latestStories : labels.pageNumber(links.number)}
          </a>
        </li>
        {links.older && (
          <li>
            <a href={links.older} rel="next">
              {labels.olderStories}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
