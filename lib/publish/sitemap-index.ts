// sitemap.xml is an index of sitemap files, each of at most 50,000 addresses: the most one file
// may hold by the sitemaps.org protocol (https://www.sitemaps.org/protocol.html#index). An
// archive of 20,000 stories and every page of its sections and tags fits in one file; the next
// come as it grows, with no change of address for crawlers. The news sitemap stays a file of its
// own, as Google News reads it.
import { XMLBuilder } from "fast-xml-parser";
import type { MetadataRoute } from "next";
import { publicationTime } from "../content/dates";
import { absoluteUrl } from "../site";

export const SITEMAP_URL_LIMIT = 50_000;

type Entries = MetadataRoute.Sitemap;

/** The address of the index's `number`th file, counted from 1. */
export function sitemapFilePath(number: number): string {
  return `/sitemaps/${number}.xml`;
}

/** The route's name for a file (`3.xml`) as its number, or none for any other name. */
export function sitemapFileNumber(name: string): number | undefined {
  const match = /^([1-9][0-9]*)\.xml$/.exec(name);
  return match ? Number(match[1]) : undefined;
}

/** `entries` in files of at most `limit`, in order; always one file, so the index is never empty. */
export function sitemapFiles(entries: Entries, limit: number = SITEMAP_URL_LIMIT): Entries[] {
  const files = Array.from({ length: Math.ceil(entries.length / limit) }, (_, index) => entries.slice(index * limit, (index + 1) * limit));
  return files.length > 0 ? files : [[]];
}

/** The newest last change of a file's entries, as they were written. */
function lastChange(entries: Entries): string | undefined {
  const dates = entries.flatMap(({ lastModified }) => (lastModified === undefined ? [] : [typeof lastModified === "string" ? lastModified : lastModified.toISOString()]));
  return dates.sort((a, b) => publicationTime(b) - publicationTime(a))[0];
}

const builder = new XMLBuilder({ format: true, indentBy: "", suppressEmptyNode: true, ignoreAttributes: false });

/** sitemap.xml: every file's absolute address, with the newest change among its pages. */
export function sitemapIndexXml(files: Entries[]): string {
  return builder.build({
    "?xml": { "@_version": "1.0", "@_encoding": "UTF-8" },
    sitemapindex: {
      "@_xmlns": "http://www.sitemaps.org/schemas/sitemap/0.9",
      sitemap: files.map((entries, index) => {
        const lastmod = lastChange(entries);
        return { loc: absoluteUrl(sitemapFilePath(index + 1)), ...(lastmod && { lastmod }) };
      }),
    },
  });
}
