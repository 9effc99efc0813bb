import { sitemapFileNumber, sitemapFiles } from "@/lib/publish/sitemap-index";
import { sitemapXml } from "@/lib/publish/sitemaps";
import { sitemapEntries } from "../../sitemap-entries";

// Written once at build time to out/sitemaps/<n>.xml, each listed in out/sitemap.xml.
export const dynamic = "force-static";
export const dynamicParams = false;

const files = () => sitemapFiles(sitemapEntries());

// Never empty: a site with nothing published still has its front page in the first file.
export function generateStaticParams() {
  return files().map((_, index) => ({ file: `${index + 1}.xml` }));
}

export async function GET(_request: Request, { params }: RouteContext<"/sitemaps/[file]">) {
  const number = sitemapFileNumber((await params).file);
  const entries = number === undefined ? undefined : files()[number - 1];
  if (!entries) return new Response("Not found", { status: 404 });
  return new Response(sitemapXml(entries), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
