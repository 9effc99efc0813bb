// Section and tag pages are the same page over a different grouping, in any edition; each route
// file picks one. English's are at /sections/ and /tags/, the other editions' under their code.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ListingPage } from "@/components/ListingPage";
import { orPlaceholder } from "@/lib/build/placeholder-pages";
import { config } from "@/lib/config";
import { MAIN_EDITION } from "@/lib/content/editions";
import { findTerm } from "@/lib/content/taxonomy";
import { labelsFor } from "@/lib/i18n/labels";
import { sectionName } from "@/lib/i18n/section-names";
import { listingMetadata } from "@/lib/publish/seo";
import { sectionPath, tagPath } from "@/lib/site";
import { getEdition } from "@/lib/site-content";

const kinds = {
  section: { terms: (edition: string) => getEdition(edition).sections, path: sectionPath, name: sectionName, describe: "sectionDescription" },
  tag: { terms: (edition: string) => getEdition(edition).tags, path: tagPath, name: (name: string) => name, describe: "tagDescription" },
} as const;

type Params = { params: Promise<{ slug: string; edition?: string }> };

// next dev matches a request's segment, still percent-encoded, against these params, so in the
// preview a name in Persian letters would be "missing" unless its encoded form is listed too. The
// build lists each name once, as the folder it writes.
const paramForms = (slug: string) => (config.preview ? [...new Set([slug, encodeURIComponent(slug)])] : [slug]);

export function termRoute(kind: keyof typeof kinds) {
  const { terms, path, name, describe } = kinds[kind];
  const find = async ({ params }: Params) => {
    const { slug, edition = MAIN_EDITION } = await params;
    const term = findTerm(terms(edition), slug);
    return term && { term, edition, title: name(term.name, edition) };
  };
  return {
    // English's routes have no edition in their address; the other editions' hand theirs down.
    generateStaticParams: ({ params }: { params: { edition?: string; slug?: string } }) =>
      orPlaceholder(
        terms(params.edition ?? MAIN_EDITION).flatMap(({ slug }) => paramForms(slug).map((form) => ({ slug: form }))),
        "slug",
      ),

    async generateMetadata(props: Params): Promise<Metadata> {
      const found = await find(props);
      if (!found) return {};
      const { term, edition, title } = found;
      return listingMetadata(title, labelsFor(edition)[describe](title), path(term.name, edition), edition);
    },

    async Page(props: Params) {
      const found = await find(props);
      if (!found) notFound();
      return <ListingPage title={found.title} articles={found.term.items} pageLang={found.edition} />;
    },
  };
}
