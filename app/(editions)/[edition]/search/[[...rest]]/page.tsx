import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SearchPage } from "@/components/SearchPage";
import { toRender } from "@/lib/build/render-only";
import { PLACEHOLDER } from "@/lib/build/placeholder-pages";
import { labelsFor } from "@/lib/i18n/labels";
import { sectionLinks, tagLinks } from "@/lib/publish/navigation";
import { searchMetadata } from "@/lib/publish/seo";
import { editionSearchPath } from "@/lib/site";
import { getEdition } from "@/lib/site-content";
import { editionOfFolder } from "../../edition-params";

// An edition's own search page (/fa/search/), in its language and direction. The segment is an
// optional catch-all so that a folder of the [edition] segment that is a newsroom page (/about/)
// can list the placeholder instead (lib/build/placeholder-pages.ts): a static folder would give
// every newsroom page a search page too. Nothing but the edition's folder itself is a page.
export const dynamicParams = false;

type Props = { params: Promise<{ edition: string; rest?: string[] }> };

export function generateStaticParams({ params }: { params: { edition: string } }): { rest: string[] }[] {
  const edition = editionOfFolder(params.edition);
  const only = toRender();
  const render = edition !== undefined && (only === null || only.has(editionSearchPath(edition)));
  return [{ rest: render ? [] : [PLACEHOLDER] }];
}

const editionOf = async ({ params }: Props) => {
  const { edition, rest = [] } = await params;
  return rest.length === 0 ? editionOfFolder(edition) : undefined;
};

export async function generateMetadata(props: Props): Promise<Metadata> {
  const edition = await editionOf(props);
  return edition ? searchMetadata(edition) : {};
}

export default async function EditionSearchRoute(props: Props) {
  const edition = await editionOf(props);
  if (!edition) notFound();
  const { sections, tags } = getEdition(edition);
  return <SearchPage labels={labelsFor(edition)} lang={edition} path={editionSearchPath(edition)} sections={sectionLinks(sections, edition)} topics={tagLinks(tags, edition)} />;
}
