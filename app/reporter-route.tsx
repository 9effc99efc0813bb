// A reporter's page, /authors/<slug>/, and the numbered pages their stories go on over when there
// are many (lib/enrich/story-pages.ts), /authors/<slug>/page/<number>/: one route file each.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JsonLd } from "@/components/JsonLd";
import { ReporterPage } from "@/components/ReporterPage";
import { folderAddress, rendered } from "@/lib/build/render-only";
import { numberedPageSegments, storyPageAt } from "@/lib/enrich/story-pages";
import { labelsFor } from "@/lib/i18n/labels";
import { listingMetadata } from "@/lib/publish/seo";
import { profilePageJsonLd } from "@/lib/publish/structured-data";
import { authorPath } from "@/lib/site";
import { getReporterPages } from "@/lib/site-content";

type Params = { params: Promise<{ slug: string; page?: string }> };

const labels = labelsFor("en");

async function find({ params }: Params) {
  const { slug, page: segment } = await params;
  const reporter = getReporterPages().find((candidate) => candidate.author.slug === slug);
  if (!reporter) return undefined;
  const found = storyPageAt(reporter.stories, authorPath(slug), segment);
  return found && { reporter, ...found };
}

export const reporterRoute = {
  generateStaticParams: () =>
    rendered(
      getReporterPages().map(({ author }) => ({ slug: author.slug })),
      ({ slug }) => folderAddress("authors", slug),
      "slug",
    ),

  generateNumberedPageParams: () =>
    rendered(
      getReporterPages().flatMap(({ author, stories }) =>
        numberedPageSegments(stories.length).map((page) => ({ slug: author.slug, page })),
      ),
      ({ slug, page }) => folderAddress("authors", slug, "page", page),
      "slug",
      "page",
    ),

  async generateMetadata(props: Params): Promise<Metadata> {
    const found = await find(props);
    if (!found) return {};
    const { reporter, page, links } = found;
    const { name, role } = reporter.author;
    const metadata =
      page.number === undefined
        ? listingMetadata(name, `${role ? `${name}, ${role}: ` : `${name}: `}every story, newest first.`, links.current)
        : listingMetadata(labels.numberedPage(name, page.number), labels.numberedPageDescription(name, page.number), links.current);
    return { ...metadata, pagination: { previous: links.newer, next: links.older } };
  },

  async Page(props: Params) {
    const found = await find(props);
    if (!found) notFound();
    const { reporter, page, links } = found;
    return (
      <>
        {page.number === undefined && <JsonLd data={profilePageJsonLd(reporter.author)} />}
        <ReporterPage author={reporter.author} stories={page.items} pages={links} />
      </>
    );
  },
};
