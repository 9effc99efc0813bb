// Google's required and recommended properties for articles, as zod schemas, so that the JSON-LD
// of a built page is checked the way Google reads it rather than the way we wrote it:
// https://developers.google.com/search/docs/appearance/structured-data/article
// (Google requires none outright; it recommends author, dates, headline and image.)
import { z } from "zod";

const text = z.string().trim().min(1);
const absoluteUrl = z.url({ protocol: /^https?$/ });
// ISO 8601: a date, or a date-time with its offset, as schema.org's Date and DateTime.
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2}))?$/);

const organization = z.object({
  "@type": z.enum(["Organization", "NewsMediaOrganization"]),
  name: text,
  url: absoluteUrl.optional(),
});
const person = z.object({ "@type": z.literal("Person"), name: text, url: absoluteUrl.optional() });

export const newsArticleSchema = z
  .object({
    "@context": z.literal("https://schema.org"),
    "@type": z.literal("NewsArticle"),
    headline: text,
    description: text,
    image: z.array(absoluteUrl).min(1),
    datePublished: isoDate,
    dateModified: isoDate,
    author: z.array(z.union([person, organization])).min(1),
    publisher: organization.extend({ logo: absoluteUrl }),
    articleSection: text,
    keywords: z.array(text),
    inLanguage: text,
    mainEntityOfPage: z.object({ "@type": z.literal("WebPage"), "@id": absoluteUrl }),
  })
  .refine((article) => article.dateModified >= article.datePublished.slice(0, 10), "dateModified is before datePublished");

// Google's live blogs: the coverage's start (and end, once over) and each update a BlogPosting with
// its own headline, time, text and address (https://developers.google.com/search/docs/appearance/structured-data/article).
export const liveBlogPostingSchema = z.object({
  "@context": z.literal("https://schema.org"),
  "@type": z.literal("LiveBlogPosting"),
  headline: text,
  datePublished: isoDate,
  dateModified: isoDate,
  coverageStartTime: isoDate,
  coverageEndTime: isoDate.optional(),
  liveBlogUpdate: z
    .array(z.object({ "@type": z.literal("BlogPosting"), headline: text.max(110), datePublished: isoDate, articleBody: text, url: absoluteUrl.refine((url) => new URL(url).hash.startsWith("#update-")) }))
    .min(1),
});

export const breadcrumbListSchema = z.object({
  "@context": z.literal("https://schema.org"),
  "@type": z.literal("BreadcrumbList"),
  itemListElement: z
    .array(z.object({ "@type": z.literal("ListItem"), position: z.number().int(), name: text, item: absoluteUrl }))
    .min(2)
    .refine((items) => items.every((item, index) => item.position === index + 1), "positions must count 1, 2, 3..."),
});

export const webSiteSchema = z.object({
  "@context": z.literal("https://schema.org"),
  "@type": z.literal("WebSite"),
  name: text,
  url: absoluteUrl,
  inLanguage: text,
  publisher: organization.extend({ logo: absoluteUrl }),
});

/** The one JSON-LD object of `type` on a page, checked against `schema`: its data, or its problems. */
export function findJsonLd<T>(jsonLd: unknown[], schema: z.ZodType<T>, type: string): { data?: T; problems: string[] } {
  const found = jsonLd.filter((item) => z.object({ "@type": z.literal(type) }).safeParse(item).success);
  if (found.length !== 1) return { problems: [`expected one ${type}, found ${found.length}`] };
  const result = schema.safeParse(found[0]);
  if (result.success) return { data: result.data, problems: [] };
  return { problems: result.error.issues.map((issue) => `${type}.${issue.path.join(".")}: ${issue.message}`) };
}
