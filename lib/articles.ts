// The only reader of content/: loads every article, checks each on its own and all of them
// together, and either returns them all or throws one ContentError listing every problem.
import fs from "node:fs";
import path from "node:path";
import { closest } from "fastest-levenshtein";
import { publicationTime } from "./dates";
import { textDirection } from "./language";
import { renderBody, type BodySection } from "./markdown";
import { parseArticleSource, type ParsedSource } from "./parse";
import { ContentError, type ContentProblem } from "./problems";
import { SLUG, type Frontmatter, type RelatedEvent } from "./schema";
import { articlePath } from "./site";
import { fieldName, validateFrontmatter } from "./validate";

export interface TimelineEvent extends RelatedEvent {
  /** The page to read about the event on, when it has one on this site. */
  href?: string;
  /** The event this article reports. */
  isThisArticle: boolean;
}

export type Article = Omit<Frontmatter, "relatedEvents"> & {
  slug: string;
  dir: "ltr" | "rtl";
  /** When the article last changed, for readers and search engines: updatedAt, else publishedAt. */
  modifiedAt: string;
  sections: BodySection[];
  /** Related events, oldest first. */
  timeline: TimelineEvent[];
};

export interface ContentLocation {
  /** Holds articles/<slug>.md. */
  contentDir: string;
  /** Where site-relative image paths point. */
  publicDir: string;
}

export const defaultLocation: ContentLocation = {
  contentDir: path.resolve(process.env.CONTENT_DIR ?? "content"),
  publicDir: path.resolve("public"),
};

interface Loaded {
  file: string;
  slug: string;
  frontmatter: Frontmatter;
  sections: BodySection[];
}

/** What one file yielded: its problems, what could be parsed of it, and the article if it is sound. */
export interface FileResult {
  problems: ContentProblem[];
  parsed?: { file: string; source: ParsedSource };
  article?: Loaded;
}

/** Every article, drafts included, newest first; throws ContentError if any file has a problem. */
export function loadArticles(location: ContentLocation = defaultLocation): Article[] {
  const dir = path.join(location.contentDir, "articles");
  const names = fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => !name.startsWith(".")).sort() : [];
  const results = names.map((name) => loadFile(path.relative(process.cwd(), path.join(dir, name)), name));
  const problems = [
    ...results.flatMap((result) => result.problems),
    ...crossCheck(
      results.flatMap((result) => result.parsed ?? []),
      names,
      location.publicDir,
    ),
  ];
  if (problems.length > 0) throw new ContentError(problems);
  const loaded = results.flatMap((result) => result.article ?? []);

  const published = new Set(loaded.filter((a) => !a.frontmatter.draft).map((a) => a.slug));
  return loaded
    .map(({ slug, frontmatter: { relatedEvents, ...frontmatter }, sections }) => ({
      ...frontmatter,
      slug,
      dir: textDirection(frontmatter.language),
      modifiedAt: frontmatter.updatedAt ?? frontmatter.publishedAt,
      sections,
      timeline: relatedEvents
        .map((event) => ({
          ...event,
          isThisArticle: event.article === slug,
          ...(event.article && event.article !== slug && published.has(event.article) && { href: articlePath(event.article) }),
        }))
        // Stable: events ending at the same moment keep the editor's order.
        .sort((a, b) => a.date.end - b.date.end),
    }))
    .sort((a, b) => publicationTime(b.publishedAt) - publicationTime(a.publishedAt) || a.title.localeCompare(b.title));
}

function loadFile(file: string, name: string): FileResult {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(path.resolve(file));
  } catch (error) {
    return { problems: [{ file, message: `it cannot be read (${String(error)})` }] };
  }
  return checkArticleFile(file, name, bytes);
}

/** Everything that can be known of one article file from its name and bytes alone. */
export function checkArticleFile(file: string, name: string, bytes: Uint8Array): FileResult {
  if (!name.endsWith(".md")) {
    return { problems: [{ file, message: "only .md files are articles: rename it to end in .md, or move it out of content/articles/" }] };
  }
  const slug = name.slice(0, -".md".length);
  const problems: ContentProblem[] = [];
  if (!SLUG.test(slug)) {
    const suggestion = slug.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
    problems.push({
      file,
      message: `file name: the slug "${slug}" must be lowercase letters, digits and single hyphens${suggestion ? `: rename it to ${suggestion}.md` : ""}`,
    });
  }

  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { problems: [...problems, { file, message: "it is not UTF-8 text: save it as UTF-8" }] };
  }

  const parsed = parseArticleSource(file, text);
  if (!parsed.ok) return { problems: [...problems, ...parsed.problems] };
  const { source } = parsed;
  const validated = validateFrontmatter(file, source);
  const body = renderBody(source.body);
  problems.push(
    ...(validated.ok ? [] : validated.problems),
    ...body.problems.map(({ line, message }) => ({
      file,
      line: line === undefined ? undefined : source.bodyLine + line - 1,
      field: "body",
      message,
    })),
  );
  const parsedFile = { file, source };
  if (!validated.ok || problems.length > 0) return { problems, parsed: parsedFile };
  return { problems, parsed: parsedFile, article: { file, slug, frontmatter: validated.frontmatter, sections: body.sections } };
}

// Checks that need more than one file: links between articles, and images in public/. They read
// the parsed frontmatter, not the validated one, so they run even in a file with other mistakes.
function crossCheck(parsed: { file: string; source: ParsedSource }[], names: string[], publicDir: string): ContentProblem[] {
  const slugs = names.filter((name) => name.endsWith(".md")).map((name) => name.slice(0, -".md".length));
  return parsed.flatMap(({ file, source }) => {
    const problems: ContentProblem[] = [];
    const problem = (fieldPath: PropertyKey[], message: string) =>
      problems.push({ file, line: source.lineOf(fieldPath), field: fieldName(fieldPath), message });

    const events: unknown[] = Array.isArray(source.data.relatedEvents) ? source.data.relatedEvents : [];
    events.forEach((event, index) => {
      const target = isRecord(event) ? event.article : undefined;
      // A malformed slug is the schema's to report; here only well-formed ones are looked up.
      if (typeof target !== "string" || !SLUG.test(target) || slugs.includes(target)) return;
      const guess = slugs.length > 0 ? closest(target, slugs) : undefined;
      problem(["relatedEvents", index, "article"], `no article "${target}" in content/articles/${guess ? `: did you mean "${guess}"?` : ""}`);
    });

    const src = isRecord(source.data.image) ? source.data.image.src : undefined;
    if (typeof src === "string" && src.startsWith("/") && !src.startsWith("//") && !imageExists(publicDir, src)) {
      problem(["image", "src"], `no file public${src}: add the image there, or correct the path`);
    }
    return problems;
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// Paths may be written URL-encoded (`/images/a%20b.jpg`) or not (`/images/100%.jpg`).
function imageExists(publicDir: string, src: string): boolean {
  let decoded = src;
  try {
    decoded = decodeURI(src);
  } catch {
    // Not valid percent-encoding: the path is meant literally.
  }
  return [src, decoded].some((candidate) => fs.existsSync(path.join(publicDir, candidate)));
}

let cache: Article[] | undefined;

// One load per build process. In `next dev` editors expect a saved file to show on reload, so
// nothing is cached there.
function allArticles(): Article[] {
  if (process.env.NODE_ENV === "development") return loadArticles();
  return (cache ??= loadArticles());
}

/** Published articles, newest first: what readers and search engines see. */
export function getPublishedArticles(): Article[] {
  return allArticles().filter((article) => !article.draft);
}

export function getPublishedArticle(slug: string): Article | undefined {
  return getPublishedArticles().find((article) => article.slug === slug);
}
