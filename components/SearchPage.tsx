import type { Labels } from "@/lib/i18n/labels";
import { langIfOther } from "@/lib/content/language";
import type { NavLink } from "@/lib/publish/navigation";
import { SEARCH_DROPS, SEARCH_FOLDS } from "@/lib/render/search-text";
import { LinksUnderHeading } from "./LinksUnderHeading";

interface SearchPageProps {
  labels: Labels;
  lang: string;
  /** The page's own address, which its form sends the query to. */
  path: string;
  sections: NavLink[];
  topics: NavLink[];
}

/**
 * The search page: a form, and the results public/search.js writes for the address's ?q= query
 * (with Pagefind, from /pagefind/), searching the page's language's index first. Each edition has
 * its own (/search/, /fa/search/), in its language and direction. The script's words and the way text is folded for matching
 * come from here, in the page's language. Without JavaScript the page says so and lists every
 * section and topic instead.
 */
export function SearchPage({ labels, lang, path, sections, topics }: SearchPageProps) {
  const words = labels.search;
  return (
    <div className="search-page">
      <h1>{words.title}</h1>
      <form className="search-form" role="search" aria-label={words.title} action={path} method="get">
        <label htmlFor="search-query">{words.label}</label>
        <input id="search-query" type="search" name="q" required />
        <button type="submit">{words.button}</button>
      </form>
      <noscript>
        <p className="search-needs-javascript">{words.needsJavaScript}</p>
        <LinksUnderHeading id="search-sections" heading={words.browseSections} links={sections.map((link) => ({ ...link, lang: langIfOther(link.lang, lang) }))} />
        <LinksUnderHeading id="search-topics" heading={words.browseTopics} links={topics.map((link) => ({ ...link, lang: langIfOther(link.lang, lang) }))} />
      </noscript>
      <div
        id="search-results"
        data-searching={words.searching}
        data-one={words.one}
        data-many={words.many}
        data-none={words.none}
        data-failed={words.failed}
        data-folds={JSON.stringify(SEARCH_FOLDS)}
        data-drops={SEARCH_DROPS}
      >
        {/* Filled by public/search.js. Empty inner HTML rather than no children: with the Next.js
            runtime kept, hydration then leaves what the script wrote in place. */}
        <p id="search-status" role="status" aria-live="polite" aria-atomic="true" dangerouslySetInnerHTML={{ __html: "" }} />
        <ol className="search-results" dangerouslySetInnerHTML={{ __html: "" }} />
      </div>
      <script src="/search.js" type="module" />
    </div>
  );
}
