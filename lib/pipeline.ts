// The content pipeline, one named step at a time: read the files -> check each file -> check
// across files -> assemble the articles -> link them to each other. Every step but the first takes
// data and returns data, with no state of its own, so that a step's result can be kept and reused
// for the same input.
import fs from "node:fs";
import path from "node:path";
import { checkArticleFile, type CheckedFile } from "./content/article-file";
import { futureCorrections } from "./content/future-corrections";
import { ARTICLES, type CheckedDoc, type FileKind } from "./content/markdown-file";
import { AUTHORS, PAGES, checkAuthorFile, checkPageFile, authorNameProblems, toAuthor, toPage, type Author, type NewsroomPage } from "./content/newsroom-files";
import type { AuthorFields } from "./content/author-schema";
import type { PageFields } from "./content/page-schema";
import { assembleArticle, isPublished, newestFirst, type Article } from "./content/article";
import { checkAcrossFiles, contentWarnings, placeholderProblems } from "./content/cross-file-checks";
import { ContentError, isWarning, type ContentProblem } from "./content/problems";
import { draftsWithErrors, heldBackFiles } from "./content/held-back";
import { editionOf } from "./content/editions";
import { publicFolderProblems } from "./content/public-folder";
import { link } from "./enrich/links";
import { config } from "./config";

export interface ContentLocation {
  /** Holds articles/<slug>.md. */
  contentDir: string;
  /** Where site-relative image paths point. */
  publicDir: string;
}

export const defaultLocation: ContentLocation = { contentDir: config.CONTENT_DIR, publicDir: config.PUBLIC_DIR };

/** One file of content/articles/ as read from disk: its bytes, or why it could not be read. */
export interface ContentFile {
  /** As the editor sees it: relative to the working folder. */
  file: string;
  name: string;
  bytes?: Uint8Array;
  /** Why there are no bytes: the problem as the editor reads it. */
  unreadable?: string;
}

export interface Content {
  /** How many files content/articles/ holds, articles or not. */
  files: number;
  /** Every article that could be loaded (drafts too), newest first. */
  articles: Article[];
  /** The reporters who have a file in content/authors/, by slug. */
  authors: Author[];
  /** The newsroom's own pages, content/pages/, by slug. */
  pages: NewsroomPage[];
  /** Every problem, warnings included. */
  problems: ContentProblem[];
  /** Drafts and scheduled stories whose errors stop only themselves (lib/content/held-back.ts). */
  heldBack: Set<string>;
  /** Drafts whose errors keep them from being read as a story: still drafts, by file. */
  draftsWithErrors: string[];
}

/** The files of content/authors/ and content/pages/, folders a site may do without. */
export interface NewsroomFiles {
  authors: ContentFile[];
  pages: ContentFile[];
}

/**
 * Step 1, the only one that touches the disk: every file in content/articles/ (and in authors/
 * and pages/), and the problems of the folders themselves (a missing content/articles/, anything
 * in public/ that must not be published).
 */
export function readContentFiles(location: ContentLocation): { files: ContentFile[]; newsroom: NewsroomFiles; problems: ContentProblem[] } {
  const dir = path.join(location.contentDir, "articles");
  const newsroom = { authors: readFolder(path.join(location.contentDir, "authors"), AUTHORS), pages: readFolder(path.join(location.contentDir, "pages"), PAGES) };
  if (!fs.existsSync(dir)) {
    // A mistyped CONTENT_DIR must not build an empty site that replaces the real one.
    const folder = path.relative(process.cwd(), dir) || dir;
    return { files: [], newsroom, problems: [{ file: folder, message: "no such folder: articles live in content/articles/ (check CONTENT_DIR)" }] };
  }
  return { files: readFolder(dir, ARTICLES), newsroom, problems: publicFolderProblems(location.publicDir) };
}

function readFolder(dir: string, kind: FileKind): ContentFile[] {
  if (!fs.existsSync(dir)) return [];
  const names = fs.readdirSync(dir).filter((name) => !name.startsWith(".")).sort();
  return names.map((name) => readContentFile(path.relative(process.cwd(), path.join(dir, name)), name, kind));
}

const LINK_PROBLEM = "is a symbolic link: the site would publish whatever it points at; replace the link with the file itself";

function readContentFile(file: string, name: string, kind: FileKind): ContentFile {
  // O_NOFOLLOW: a link is refused, never followed, even one put in place after the folder was listed.
  let fd: number | undefined;
  try {
    fd = fs.openSync(path.resolve(file), fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
    return { file, name, bytes: fs.readFileSync(fd) };
  } catch (error) {
    const code = error instanceof Error && "code" in error ? error.code : undefined;
    if (code === "ELOOP") return { file, name, unreadable: LINK_PROBLEM };
    const why = code === "EISDIR" ? "it is a folder, not a file" : String(error);
    return { file, name, unreadable: `it cannot be read (${why}): only ${kind.plural === "articles" ? "article files" : kind.plural} belong in ${kind.folder}` };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** How one article file is checked: checkArticleFile, or the same with its results kept between checks (lib/build/check-cache.ts). */
export type FileCheck = typeof checkArticleFile;

/** Step 2: each file on its own (knowing the others' names, so a suggested new name is a free one). */
export function checkFiles(files: ContentFile[], checkFile: FileCheck = checkArticleFile): CheckedFile[] {
  const slugs = new Set(files.filter(({ name }) => name.endsWith(".md")).map(({ name }) => name.slice(0, -".md".length)));
  return files.map(({ file, name, bytes, unreadable }) => {
    if (!bytes) return { file, problems: [{ file, message: unreadable ?? "it cannot be read" }] };
    return checkFile(file, name, bytes, slugs);
  });
}

/** Step 3: what needs more than one file, and the warnings that do not block a build. */
export function checkAcross(checked: CheckedFile[], publicDir: string): ContentProblem[] {
  return [...checkAcrossFiles(checked, publicDir), ...placeholderProblems(checked), ...contentWarnings(checked)];
}

/** Step 4: the articles as of `now` in the newsroom's time zone, newest first, not yet linked to each other. */
export function assembleArticles(checked: CheckedFile[], now: number, timeZone = config.timeZone): Article[] {
  return checked.flatMap(({ article }) => (article ? [assembleArticle(article, now, timeZone)] : [])).sort(newestFirst);
}

/** The editions the checked articles make, each the front page of one language (lib/content/editions.ts). */
export const editionsOf = (checked: CheckedFile[]) => new Set(checked.flatMap(({ article }) => (article ? [editionOf(article.frontmatter.language)] : [])));

/** Steps 2 to 4 for content/authors/ and content/pages/: the reporters and pages, and their problems; no page may take an edition's address. */
export function checkNewsroom({ authors, pages }: NewsroomFiles, editions: ReadonlySet<string>): Pick<Content, "authors" | "pages" | "problems"> {
  const unread = ({ file, unreadable }: ContentFile) => ({ file, problems: [{ file, message: unreadable ?? "it cannot be read" }] });
  const authorFiles: CheckedDoc<AuthorFields>[] = authors.map((file) => (file.bytes ? checkAuthorFile(file.file, file.name, file.bytes) : unread(file)));
  const pageFiles: CheckedDoc<PageFields>[] = pages.map((file) => (file.bytes ? checkPageFile(file.file, file.name, file.bytes, editions) : unread(file)));
  return {
    authors: authorFiles.flatMap(({ doc }) => (doc ? [toAuthor(doc)] : [])),
    pages: pageFiles.flatMap(({ doc }) => (doc ? [toPage(doc)] : [])),
    problems: [...authorFiles, ...pageFiles].flatMap((file) => file.problems).concat(authorNameProblems(authorFiles)),
  };
}

/**
 * Every problem found in what was read, but for photos that cannot be opened (lib/find-problems.ts
 * opens them): each file's, those across files, those told against the clock, and the newsroom's.
 */
export function problemsFound(
  read: ReturnType<typeof readContentFiles>,
  checked: CheckedFile[],
  newsroom: Pick<Content, "problems">,
  publicDir: string,
  now: number,
  timeZone: string,
): ContentProblem[] {
  return [...read.problems, ...checked.flatMap((file) => file.problems), ...checkAcross(checked, publicDir), ...futureCorrections(checked, now, timeZone), ...newsroom.problems];
}

/** Steps 1 to 4: every article, drafts included, newest first, unlinked, and every problem. */
export function readContent(location: ContentLocation, now: number, timeZone = config.timeZone): Content {
  const read = readContentFiles(location);
  const checked = checkFiles(read.files);
  const newsroom = checkNewsroom(read.newsroom, editionsOf(checked));
  return {
    files: read.files.length,
    articles: assembleArticles(checked, now, timeZone),
    authors: newsroom.authors,
    pages: newsroom.pages,
    problems: problemsFound(read, checked, newsroom, location.publicDir, now, timeZone),
    heldBack: heldBackFiles(checked, now, timeZone),
    draftsWithErrors: draftsWithErrors(checked),
  };
}

export const errorsIn = (problems: ContentProblem[]) => problems.filter((problem) => !isWarning(problem));

/** The errors that stop the published stories from being built: all but those of held-back drafts and scheduled stories. */
export const blockingErrors = (problems: ContentProblem[], heldBack: ReadonlySet<string>) =>
  errorsIn(problems).filter((problem) => !heldBack.has(problem.file));

/** Every article, drafts included, newest first, linked to the published ones, and every problem. */
export function checkContent(location: ContentLocation = defaultLocation, now = Date.now(), timeZone = config.timeZone): Content {
  const content = readContent(location, now, timeZone);
  return { ...content, articles: link(content.articles, isPublished) };
}

/** Every article, drafts included, newest first; throws ContentError listing every error that blocks publishing. */
export function loadArticles(location: ContentLocation = defaultLocation, now = Date.now()): Article[] {
  const { articles, problems, heldBack } = checkContent(location, now);
  const errors = blockingErrors(problems, heldBack);
  if (errors.length > 0) throw new ContentError(errors);
  return articles;
}
