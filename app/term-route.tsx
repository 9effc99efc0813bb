// Section and tag pages are the same page over a different grouping; each route file picks one.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ListingPage } from "@/components/ListingPage";
import { getSections, getTags } from "@/lib/site-content";
import { listingMetadata } from "@/lib/publish/seo";
import { sectionPath, tagPath } from "@/lib/site";
import { findTerm } from "@/lib/content/taxonomy";

const kinds = {
  section: { terms: getSections, path: sectionPath, describe: (name: string) => `The latest reporting in ${name}.` },
  tag: { terms: getTags, path: tagPath, describe: (name: string) => `Every story about ${name}, newest first.` },
};

type Params = { params: Promise<{ slug: string }> };

export function termRoute(kind: keyof typeof kinds) {
  const { terms, path, describe } = kinds[kind];
  return {
    generateStaticParams: () => terms().map(({ slug }) => ({ slug })),

    async generateMetadata({ params }: Params): Promise<Metadata> {
      const term = findTerm(terms(), (await params).slug);
      return term ? listingMetadata(term.name, describe(term.name), path(term.name)) : {};
    },

    async Page({ params }: Params) {
      const term = findTerm(terms(), (await params).slug);
      if (!term) notFound();
      return <ListingPage title={term.name} articles={term.items} />;
    },
  };
}
