// Section and tag pages are the same page over a different grouping, in any edition; each route
// file picks one. English's are at /sections/ and /tags/, the other editions' under their code.
// A long list goes on over numbered pages (lib/enrich/story-pages.ts), each a route of its own
// under the list's: /sections/<name>/page/<number>/.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ListingPage } from "@/components/ListingPage";
import { folderAddress, rendered } from "@/lib/build/render-only";
import { config } from "@/lib/config";
import { MAIN_EDITION } from "@/lib/content/editions";
import { findTerm } from "@/lib/content/taxonomy";
import { numberedPageSegments, storyPageAt } from "@/lib/enrich/story-pages";
import { labelsFor } from "@/lib/i18n/labels";
import { sectionName } from "@/lib/i18n/section-names";
import { listingMetadata } from "@/lib/publish/seo";
import { sectionPath, tagPath } from "@/lib/site";
import { getEdition } from "@/lib/site-content";

const kinds = {
  section: { terms: (edition: string) => getEdition(edition).sections, folder: "sections", path: sectionPath, name: sectionName, describe: "sectionDescription" },
  tag: { terms: (edition: string) => getEdition(edition).tags, folder: "tags", path: tagPath, name: (name: string) => name, describe: "tagDescription" },
} as const;

type Params = { params: Promise<{ slug: string; edition?: string; page?: string }> };
// What Next.js hands generateStaticParams: the parent segments' params (an edition's code), typed as the route's own.
type ParentParams = { params: { edition?: string; slug?: string; page?: string } };

// next dev matches a request's segment, still percent-encoded, against these params, so in the
// preview a name in Persian letters would be "missing" unless its encoded form is listed too. The
// build lists each name once, as the folder it writes.
const paramForms = (slug: string) => (config.preview ? [...new Set([slug, encodeURIComponent(slug)])] : [slug]);

export function termRoute(kind: keyof typeof kinds) {
  const { terms, folder, path, name, describe } = kinds[kind];
  const find = async ({ params }: Params) => {
    const { slug, edition = MAIN_EDITION, page: segment } = await params;
    const term = findTerm(terms(edition), slug);
    if (!term) return undefined;
    const found = storyPageAt(term.items, path(term.name, edition), segment);
    if (!found) return undefined;
    const { page, links } = found;
    const listName = name(term.name, edition);
    const labels = labelsFor(edition);
    return {
      edition,
      page,
      links,
      title: page.number === undefined ? listName : labels.numberedPage(listName, page.number),
      description: page.number === undefined ? labels[describe](listName) : labels.numberedPageDescription(listName, page.number),
    };
  };
  // English's routes have no edition in their address; the other editions' hand theirs down.
  const termsOf = (params: ParentParams["params"]) => terms(params.edition ?? MAIN_EDITION);
  return {
    generateStaticParams: ({ params }: ParentParams) =>
      rendered(
        termsOf(params).flatMap(({ slug }) => paramForms(slug).map((form) => ({ slug: form }))),
        ({ slug }) => folderAddress(params.edition, folder, slug),
        "slug",
      ),

    /** For the numbered pages' route: every page of every list long enough to have them. */
    generateNumberedPageParams: ({ params }: ParentParams) =>
      rendered(
        termsOf(params).flatMap(({ slug, items }) =>
          numberedPageSegments(items.length).flatMap((page) =>
            paramForms(slug).map((form) => ({ slug: form, page })),
          ),
        ),
        ({ slug, page }) => folderAddress(params.edition, folder, slug, "page", page),
        "slug",
        "page",
      ),

    async generateMetadata(props: Params): Promise<Metadata> {
      const found = await find(props);
      if (!found) return {};
      const { edition, links, title, description } = found;
      return { ...listingMetadata(title, description, links.current, edition), pagination: { previous: links.newer, next: links.older } };
    },

    async Page(props: Params) {
      const found = await find(props);
      if (!found) notFound();
      return <ListingPage title={found.title} articles={found.page.items} pageLang={found.edition} pages={found.links} />;
    },
  };
}
