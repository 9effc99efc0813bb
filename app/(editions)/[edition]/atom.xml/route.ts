import { feedResponse } from "@/lib/publish/feeds";
import { getEdition } from "@/lib/site-content";
import { editionParams } from "../edition-params";

// Written once at build time to out/<edition>/atom.xml.
export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = editionParams;

export async function GET(_request: Request, { params }: RouteContext<"/[edition]/atom.xml">) {
  const { edition } = await params;
  return feedResponse(getEdition(edition).published, "atom", edition);
}
