// Sitemaps and feeds as crawlers and feed readers parse them: real XML parsing (fast-xml-parser),
// never regular expressions, and the main sitemap checked against the published sitemaps.org
// schema (shipped in the sitemap package) by libxml2's xmllint, compiled to WebAssembly.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { validateXML } from "xmllint-wasm";
import { z } from "zod";

// Elements that may repeat are always arrays, so one article and many read the same way.
const REPEATED = new Set([
  "sitemapindex.sitemap",
  "urlset.url",
  "urlset.url.xhtml:link",
  "rss.channel.item",
  "rss.channel.item.category",
  "feed.author",
  "feed.link",
  "feed.entry",
  "feed.entry.author",
  "feed.entry.link",
  "feed.entry.category",
]);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (_name, jPath) => REPEATED.has(String(jPath)),
});

/** Parses well-formed XML; throws, naming the line, if it is not. */
export function parseXml(xml: string): unknown {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: line ${valid.err.line}: ${valid.err.msg}`);
  return parser.parse(xml);
}

// Resolved from the project root: both test runners start there, and Playwright's CommonJS
// has no import.meta.
const projectRequire = createRequire(path.resolve("package.json"));
const sitemapXsd = path.join(path.dirname(projectRequire.resolve("sitemap/package.json")), "schema/sitemap.xsd");

// sitemaps.org's XSD lets other namespaces' elements follow a URL's own only where a schema declares
// them (a strict wildcard): Google's hreflang alternates, <xhtml:link rel hreflang href/>, are
// declared here, and a schema that imports both is the one checked against.
const XHTML_LINK_XSD = `<?xml version="1.0" encoding="UTF-8"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="http://www.w3.org/1999/xhtml" elementFormDefault="qualified">
  <xsd:element name="link">
    <xsd:complexType>
      <xsd:attribute name="rel" type="xsd:string" fixed="alternate" use="required"/>
      <xsd:attribute name="hreflang" type="xsd:string" use="required"/>
      <xsd:attribute name="href" type="xsd:anyURI" use="required"/>
    </xsd:complexType>
  </xsd:element>
</xsd:schema>`;
const BOTH_XSD = `<?xml version="1.0" encoding="UTF-8"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <xsd:import namespace="http://www.sitemaps.org/schemas/sitemap/0.9" schemaLocation="sitemap.xsd"/>
  <xsd:import namespace="http://www.w3.org/1999/xhtml" schemaLocation="xhtml-link.xsd"/>
</xsd:schema>`;

/** What xmllint reports against sitemaps.org's XSD (and hreflang alternates'): empty when the sitemap is valid. */
export async function sitemapSchemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: "sitemap.xml", contents: xml }],
    schema: [{ fileName: "both.xsd", contents: BOTH_XSD }],
    preload: [
      { fileName: "sitemap.xsd", contents: fs.readFileSync(sitemapXsd, "utf8") },
      { fileName: "xhtml-link.xsd", contents: XHTML_LINK_XSD },
    ],
  });
  return result.errors.map((error) => error.rawMessage);
}

const text = z.union([z.string(), z.number()]).transform(String);

export const sitemapSchema = z.object({
  urlset: z.object({
    "@xmlns": z.literal("http://www.sitemaps.org/schemas/sitemap/0.9"),
    url: z.array(z.object({ loc: z.url(), lastmod: text.optional() })),
  }),
});

export const sitemapIndexSchema = z.object({
  sitemapindex: z.object({
    "@xmlns": z.literal("http://www.sitemaps.org/schemas/sitemap/0.9"),
    sitemap: z.array(z.object({ loc: z.url(), lastmod: text.optional() })).min(1),
  }),
});

/** The addresses of the files a sitemap index (sitemap.xml) lists, in order. */
export function sitemapFileUrls(indexXml: string): string[] {
  return sitemapIndexSchema.parse(parseXml(indexXml)).sitemapindex.sitemap.map((file) => file.loc);
}

export const newsSitemapSchema = z.object({
  urlset: z.object({
    "@xmlns": z.literal("http://www.sitemaps.org/schemas/sitemap/0.9"),
    "@xmlns:news": z.literal("http://www.google.com/schemas/sitemap-news/0.9"),
    url: z
      .array(
        z.object({
          loc: z.url(),
          lastmod: text.optional(),
          "news:news": z.object({
            "news:publication": z.object({ "news:name": text, "news:language": z.string().regex(/^[a-z]{2,3}$/) }),
            "news:publication_date": z.string(),
            "news:title": text,
          }),
        }),
      )
      .default([]),
  }),
});

export const rssSchema = z.object({
  rss: z.object({
    "@version": z.literal("2.0"),
    channel: z.object({
      title: text,
      link: z.url(),
      description: text,
      item: z
        .array(
          z.object({
            title: text,
            link: z.url(),
            guid: z.object({ "#text": z.url() }),
            pubDate: z.string(),
            description: text,
            "content:encoded": text,
            "dc:creator": text,
            category: z.array(text),
          }),
        )
        .default([]),
    }),
  }),
});

export const atomSchema = z.object({
  feed: z.object({
    "@xmlns": z.literal("http://www.w3.org/2005/Atom"),
    id: z.url(),
    title: text,
    updated: z.string(),
    author: z.array(z.object({ name: text })).min(1),
    link: z.array(z.object({ "@href": z.url(), "@rel": z.string().optional() })),
    entry: z
      .array(
        z.object({
          id: z.url(),
          title: z.object({ "#text": text }),
          link: z.array(z.object({ "@href": z.url() })),
          updated: z.string(),
          published: z.string(),
          summary: z.object({ "#text": text }),
          content: z.object({ "#text": text }),
          author: z.array(z.object({ name: text, uri: z.url().optional() })).min(1),
        }),
      )
      .default([]),
  }),
});

export const jsonFeedSchema = z.object({
  version: z.string().startsWith("https://jsonfeed.org/version/"),
  title: text,
  home_page_url: z.url(),
  feed_url: z.url(),
  items: z.array(
    z.object({
      id: z.url(),
      url: z.url(),
      title: text,
      content_html: text,
      summary: text,
      date_published: z.iso.datetime(),
      author: z.object({ name: text }),
    }),
  ),
});

/** Every link in the three feeds, and each feed's articles in order, for checking them together. */
export function feedArticleUrls(rss: string, atom: string, json: string): { rss: string[]; atom: string[]; json: string[] } {
  return {
    rss: rssSchema.parse(parseXml(rss)).rss.channel.item.map((item) => item.link),
    atom: atomSchema.parse(parseXml(atom)).feed.entry.map((entry) => entry.link[0]["@href"]),
    json: jsonFeedSchema.parse(JSON.parse(json)).items.map((item) => item.url),
  };
}

/** The file in `outDir` a URL on the site is served from (a path ending in / is its index.html). */
export function fileFor(url: string, siteUrl: string, outDir: string): string {
  if (!url.startsWith(`${siteUrl}/`)) throw new Error(`${url} is not on ${siteUrl}`);
  const pathname = decodeURIComponent(new URL(url).pathname);
  return path.join(outDir, pathname.endsWith("/") ? `${pathname}index.html` : pathname);
}

/** Width and height from a PNG's header chunk (IHDR), which the format fixes at bytes 16-23. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((byte, index) => bytes[index] === byte)) throw new Error("not a PNG file");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
