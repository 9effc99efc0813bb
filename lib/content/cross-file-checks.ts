// Checks that need more than one article, and the warnings that do not block a build. They read
// what each file could be parsed into, so one mistake never hides another. Each check is a short
// function of its own; kept in one file, just over 200 lines, so the list of what spans files is one read.
import path from "node:path";
import { closest } from "fastest-levenshtein";
import { accepts, type WarningKind } from "./accepted-warnings";
import type { CheckedFile } from "./article-file";
import { PLACEHOLDERS } from "./template";
import type { ParsedSource } from "./parse";
import { editionOf } from "./editions";
import type { ContentProblem } from "./problems";
import { publicImageProblem, sitePhotoFields } from "./public-image";
import { isRecord } from "./records";
import { SLUG, type RelatedEvent } from "./schema";
import { strayFieldWarnings } from "./stray-fields";
import { mixedScriptWord } from "./names";
import { termSlug } from "./taxonomy";
import { fieldName } from "./validate";

// Where search results cut titles and descriptions off (Google shows about 60 and 155 characters).
export const TITLE_LIMIT = 70;
export const STANDFIRST_LIMIT = 160;

/** A file that parsed and validated: the only kind the checks across articles can compare. */
type SoundFile = CheckedFile & { source: ParsedSource; article: NonNullable<CheckedFile["article"]> };
const soundFiles = (files: CheckedFile[]) => files.filter((f): f is SoundFile => f.source !== undefined && f.article !== undefined);

type Report = (fieldPath: PropertyKey[], message: string) => ContentProblem;

function reporter({ file, source }: CheckedFile, severity: ContentProblem["severity"]): Report {
  return (fieldPath, message) => ({
    file,
    line: source?.lineOf(fieldPath),
    field: fieldName(fieldPath),
    message,
    ...(severity === "warning" && { severity }),
  });
}


const slugOf = (file: string) => path.basename(file, ".md");

export function checkAcrossFiles(files: CheckedFile[], publicDir: string): ContentProblem[] {
  const slugs = files.filter(({ file }) => file.endsWith(".md")).map(({ file }) => slugOf(file));
  // Looked up once per file and per event: a scan of every slug each time grew with the square of
  // the archive (5,000 articles: seconds).
  const known = new Set(slugs);
  const perFile = files.flatMap((checked) => {
    const error = reporter(checked, "error");
    const data = checked.source?.data ?? {};
    const problems: ContentProblem[] = [];

    const events: unknown[] = Array.isArray(data.relatedEvents) ? data.relatedEvents : [];
    events.forEach((event, index) => {
      const target = isRecord(event) ? event.article : undefined;
      // A malformed slug is the schema's to report; here only well-formed ones are looked up.
      if (typeof target !== "string" || !SLUG.test(target) || known.has(target)) return;
      const guess = slugs.length > 0 ? closest(target, slugs) : undefined;
      problems.push(error(["relatedEvents", index, "article"], `no article "${target}" in content/articles/${guess ? `: did you mean "${guess}"?` : ""}`));
    });

    for (const { field, src } of sitePhotoFields(data)) {
      const imageProblem = publicImageProblem(publicDir, src, slugOf(checked.file));
      if (imageProblem) problems.push(error(field, imageProblem));
    }
    return problems;
  });
  return [...perFile, ...sharedEventDates(soundFiles(files)), ...translationClashes(soundFiles(files))];
}

// A translation key ties one story's versions together, one per language: two Dari versions of
// one story would leave readers and search engines unable to tell which is the Dari one. Drafts
// count too, so a clash is caught before either is published.
function translationClashes(files: SoundFile[]): ContentProblem[] {
  const keyed = files.flatMap((checked) => {
    const { translationKey, language } = checked.article.frontmatter;
    return translationKey === undefined ? [] : [{ checked, key: translationKey, edition: editionOf(language) }];
  });
  const byVersion = groupBy(keyed, ({ key, edition }) => JSON.stringify([key, edition]));
  return [...byVersion.values()].flatMap((group) =>
    group.length < 2
      ? []
      : group.map(({ checked, key }) => {
          const others = group.filter((other) => other.checked !== checked).map((other) => other.checked.file);
          return reporter(checked, "error")(
            ["translationKey"],
            `"${key}" is also the key of ${others.join(", ")}, in the same language (${checked.article.frontmatter.language}): a story has one version per language, so change the key or the language of one`,
          );
        }),
  );
}

// One event in several timelines must have one date, or readers get two stories. Events are the
// same when their titles are (ignoring case and punctuation): one article may link several
// different events to another. The article an event is about sets its date; otherwise the first
// article by file name does.
function sharedEventDates(files: SoundFile[]): ContentProblem[] {
  const occurrences = files.flatMap((checked) =>
    checked.article.frontmatter.relatedEvents.map((event, index) => ({ checked, event, index, key: termSlug(event.title) })),
  );
  const byEvent = groupBy(occurrences, (occurrence) => occurrence.key);
  const written = (event: RelatedEvent) => `${event.approximate ? "about " : ""}${event.date.value}`;
  return [...byEvent.values()].flatMap((group) => {
    const reference = group.find(({ checked, event }) => event.article === checked.article.slug) ?? group[0];
    return group
      .filter(({ event }) => written(event) !== written(reference.event))
      .map(({ checked, event, index }) =>
        reporter(checked, "error")(
          ["relatedEvents", index, "date"],
          `is ${written(event)} here but ${written(reference.event)} in ${reference.checked.file} ("${reference.event.title}"): use the same date in both`,
        ),
      );
  });
}

/** Advice that does not block a build, but for the warnings each story accepts (lib/content/accepted-warnings.ts). */
export function contentWarnings(files: CheckedFile[]): ContentProblem[] {
  const sound = soundFiles(files);
  const strays = sound.filter((checked) => !accepts(checked.article.frontmatter, "field-in-body"));
  return [...sound.flatMap(articleWarnings), ...strays.flatMap((checked) => strayFieldWarnings(checked.file, checked.source)), ...spellingWarnings(sound)];
}

function articleWarnings(checked: SoundFile): ContentProblem[] {
  const { frontmatter } = checked.article;
  const report = reporter(checked, "warning");
  const warnings: ContentProblem[] = [];
  const warn = (kind: WarningKind, fieldPath: PropertyKey[], message: string) => {
    if (!accepts(frontmatter, kind)) warnings.push(report(fieldPath, message));
  };
  if (frontmatter.title.length > TITLE_LIMIT) {
    warn("title-length", ["title"], `${frontmatter.title.length} characters: search results cut titles off after about ${TITLE_LIMIT}; a shorter headline shows whole`);
  }
  if (frontmatter.standfirst.length > STANDFIRST_LIMIT) {
    warn(
      "standfirst-length",
      ["standfirst"],
      `${frontmatter.standfirst.length} characters: search results show about ${STANDFIRST_LIMIT} of the description; the rest is cut off`,
    );
  }
  const names: [PropertyKey[], string][] = [[["section"], frontmatter.section], ...frontmatter.tags.map((tag, index): [PropertyKey[], string] => [["tags", index], tag])];
  for (const [fieldPath, name] of names) {
    const mixed = mixedScriptWord(name);
    if (mixed) {
      warn(
        "mixed-script",
        fieldPath,
        `"${mixed.word}" mixes ${mixed.scripts.join(" and ")} letters in one word: a letter from another script can look the same and make a page of its own; retype the word in one script`,
      );
    }
  }
  if (frontmatter.tags.length === 0) warn("no-tags", ["tags"], "no tags: add a few, like [Taliban, Iran], so readers find related stories");
  if (frontmatter.image && !frontmatter.image.credit) warn("no-image-credit", ["image"], "the image has no credit: add credit: with who took or owns it");
  const published = frontmatter.publishedAt.slice(0, 10);
  frontmatter.relatedEvents.forEach((event, index) => {
    const start = `${event.date.value}-01-01`.slice(0, 10);
    if (start > published) {
      warn("event-after-publication", ["relatedEvents", index, "date"], `${event.date.value} is after the article was published (${published}): is the date right?`);
    }
  });
  return warnings;
}

// "Iran" in one article and "IRAN" in another are one tag page; the spelling most articles use
// is its name (see groupByTerm), so the others are flagged.
function spellingWarnings(files: SoundFile[]): ContentProblem[] {
  const uses = files.flatMap((checked) => {
    const { section, tags } = checked.article.frontmatter;
    return [
      { checked, name: section, fieldPath: ["section"] as PropertyKey[], kind: "section" },
      ...tags.map((name, index) => ({ checked, name, fieldPath: ["tags", index] as PropertyKey[], kind: "tag" })),
    ];
  });
  const byTerm = groupBy(uses, (use) => `${use.kind}:${termSlug(use.name)}`);
  return [...byTerm.values()].flatMap((group) => {
    const spellings = groupBy(group, (use) => use.name);
    if (spellings.size < 2) return [];
    const preferred = [...spellings.entries()].sort((a, b) => b[1].length - a[1].length)[0][0];
    return group
      .filter((use) => use.name !== preferred && !accepts(use.checked.article.frontmatter, "spelling"))
      .map((use) =>
        reporter(use.checked, "warning")(use.fieldPath, `"${use.name}" is written "${preferred}" elsewhere: use one spelling, so the ${use.kind} has one name`),
      );
  });
}

/** Text `npm run new` put there for the editor to replace: a warning in a draft, an error once published. */
export function placeholderProblems(files: CheckedFile[]): ContentProblem[] {
  return soundFiles(files).flatMap((checked) => {
    const { frontmatter } = checked.article;
    const { body, bodyLine } = checked.source;
    const severity = frontmatter.draft ? "warning" : "error";
    const found: ContentProblem[] = [];
    if (frontmatter.standfirst === PLACEHOLDERS.standfirst) {
      found.push(reporter(checked, severity)(["standfirst"], "still the template's placeholder: write the summary"));
    }
    const at = Math.min(...PLACEHOLDERS.body.map((text) => body.indexOf(text)).filter((index) => index >= 0));
    if (Number.isFinite(at)) {
      found.push({
        file: checked.file,
        line: bodyLine + body.slice(0, at).split("\n").length - 1,
        field: "body",
        message: "still the template's placeholder text: write the article",
        ...(severity === "warning" && { severity }),
      });
    }
    return found;
  });
}

// Map.groupBy arrives in Node 21; the site builds on Node 20.
function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
