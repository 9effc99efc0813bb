// The editors' contract: every frontmatter field, what form it takes, and the message an editor
// sees when it is wrong. The TypeScript types of an article come from here and nowhere else.
// Over 200 lines on purpose: the contract is read whole, by editors' questions, field by field.
import { z } from "zod";
import { acceptWarningsField } from "./accepted-warnings";
import { calendarParts, EVENT_YEARS, eventYearOutOfRange, isBefore, isPublicationDate, momentProblem, parseEventDate, publicationDateRangeProblem } from "./dates";
import { isLanguageTag } from "./language";
import { invisibleCharacter } from "./names";
import { isRecord } from "./records";
import { termSlug } from "./taxonomy";
import { templateNoteIn } from "./template";

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Values arrive as the text the editor typed (parse.ts keeps `2023` and `007` as written), so
// every text field, dates included, is a string here.
const required = (what: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? `is required: add ${what}` : `expected ${what}`;

export const text = (what: string) =>
  z
    .string({ error: required(what) })
    .trim()
    .min(1, `must not be empty: write ${what}`)
    .superRefine((value, ctx) => {
      const found = templateNoteIn(value);
      if (!found) return;
      ctx.addIssue({
        code: "custom",
        message: `holds the template's note ${JSON.stringify(found.note)}, which would be published with it: close the quotes before the note, as in ${JSON.stringify(found.before)}  ${found.note}`,
      });
    });

// A section or tag becomes a page address, which needs at least one letter or digit, and a folder
// in out/, whose name file systems cap at 255 bytes (with room left for Next.js's own suffixes).
export const MAX_TERM_ADDRESS = 150;
const term = (what: string) =>
  text(what)
    .superRefine((name, ctx) => {
      // A name of nothing but invisible characters has a problem of its own (below), said once.
      const invisible = termSlug(name) === "" ? undefined : invisibleCharacter(name);
      if (invisible) {
        ctx.addIssue({
          code: "custom",
          message: `holds an invisible character, ${invisible}: it would make a page of its own for a name that looks the same; delete it (retype the name)`,
        });
      }
    })
    .refine((name) => termSlug(name) !== "", "needs at least one letter or digit")
    .refine(
      (name) => encodeURIComponent(termSlug(name)).length <= MAX_TERM_ADDRESS,
      "is too long to be a page address: shorten it to a few words",
    );

const publicationDate = z
  .string({ error: required("a date like 2025-12-25 or 2025-12-25T09:30:00+03:30") })
  .superRefine((value, ctx) => {
    const problem = calendarParts(value)
      ? publicationDateRangeProblem(value)
      : "expected a real date like 2025-12-25, or a date-time with its offset like 2025-12-25T09:30:00+03:30";
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

const eventDate = z.string({ error: required("a date: 2023, 2025-09 or 2025-09-13") }).transform((value, ctx) => {
  const date = parseEventDate(value);
  if (date) return date;
  const year = eventYearOutOfRange(value);
  ctx.addIssue({
    code: "custom",
    message: year
      ? `the year ${year} is outside ${EVENT_YEARS[0]} to ${EVENT_YEARS[1]}, the years a timeline can show: is it a typo?`
      : "expected a real date written 2023, 2025-09 or 2025-09-13",
  });
  return z.NEVER;
});

// Written out as a browser would send it (new URL().href), so characters a link cannot hold as
// they are ("<", '"', spaces) are percent-encoded before any page, feed or JSON-LD carries it.
export const httpsUrl = z
  .url({
    protocol: /^https$/,
    hostname: z.regexes.domain,
    error: "expected an absolute https:// link, like https://www.example.com/page",
  })
  .transform((url) => new URL(url).href);

const slug = z
  .string({ error: required("the slug of an article (its file name without .md)") })
  .regex(SLUG, "expected an article slug: lowercase letters, digits and single hyphens");

const flag = z.boolean({ error: "expected true or false" });

// Every form a host or browser may decode a path to: %2e%2e is "..", and %252e%252e is %2e%2e
// to a host that decodes twice. Decoded byte by byte, so that "/images/100%.jpg" stays a path.
function decodings(src: string): string[] {
  const forms = [src];
  for (let form = src; forms.length < 4; ) {
    form = form.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    if (form === forms[forms.length - 1]) break;
    forms.push(form);
  }
  return forms;
}

/**
 * A path from the site root, inside public/: `/images/photo.jpg`. Never `//host` (another site),
 * nor a `..` segment, however it is encoded, nor a backslash (browsers read `/\host` as `//host`,
 * Windows hosts `\..\` as `/../`), nor a control character.
 */
export function isSitePath(src: string): boolean {
  return decodings(src).every(
    (form) => form.startsWith("/") && !form.startsWith("//") && !/[\\\u0000-\u001f\u007f]/.test(form) && !form.split("/").includes(".."),
  );
}

// Images live in public/ (a path from the site root) or on another https site.
const imageSource = z
  .string({ error: required("the image's path, like /images/photo.jpg") })
  .refine(
    (src) => isSitePath(src) || httpsUrl.safeParse(src).success,
    "expected a path inside public/ starting with / (like /images/photo.jpg) or an https:// link",
  )
  // An https image is written out as a browser sends it, as links are; a path stays as typed, the
  // name of a file in public/.
  .transform((src) => (isSitePath(src) ? src : new URL(src).href));

// One tag page per tag: "Iran" and "iran" written twice would be one tag listed twice.
// (A map of the first of each slug, so that a pasted list of thousands of tags is checked in one pass.)
const tags = z.array(term("a tag"), { error: "expected a list of tags" }).superRefine((names, ctx) => {
  const firsts = new Map<string, number>();
  names.forEach((name, index) => {
    const slug = termSlug(name);
    const first = firsts.get(slug);
    if (first === undefined) firsts.set(slug, index);
    else ctx.addIssue({ code: "custom", path: [index], message: `"${name}" repeats tags[${first}] ("${names[first]}"): remove one` });
  });
});

const source = z.strictObject(
  { name: text("who the reporting is credited to"), url: httpsUrl.optional() },
  { error: "expected name: and url: indented under source:" },
);

export const image = z.strictObject(
  {
    src: imageSource,
    alt: text("alt text describing the image for readers who cannot see it"),
    caption: text("a caption").optional(),
    credit: text("who took or owns the image").optional(),
  },
  { error: "expected src: and alt: indented under image:" },
);

const relatedEvent = z.strictObject({
  date: eventDate,
  title: text("what happened, in a few words"),
  place: text("a place name").optional(),
  summary: text("a sentence of context").optional(),
  approximate: flag.default(false),
  article: slug.optional(),
  url: httpsUrl.optional(),
});

const correction = z.strictObject({ date: publicationDate, text: text("what was wrong and what is right now") });

const moment = z.string({ error: required(`a date-time with its offset, like 2026-12-02T09:30:00+04:30`) }).superRefine((value, ctx) => {
  const problem = momentProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

// A live story: what is known so far, kept current by the editor, and when the coverage ended;
// then its updates, each with an id for its permanent link (#update-<id>). A list in the story's
// own file rather than a file per update: docs/editors-guide.md ("Live coverage") says why.
const live = z.strictObject(
  // Markdown, checked and rendered under the body's rules once the fields are read (lib/render/live-text.ts).
  { summary: text("what is known so far, a few lines or a short list"), ended: moment.optional() },
  { error: "expected summary: (and, once the coverage is over, ended:) indented under live:" },
);

const update = z.strictObject(
  {
    id: z
      .string({ error: required("an id for the update's link, like crossing-closes") })
      .regex(SLUG, "expected lowercase letters, digits and single hyphens, like crossing-closes: it is the end of the update's link, #update-<id>"),
    at: moment,
    headline: text("a short headline").optional(),
    reporter: text("the reporter's name").optional(),
    image: image.optional(),
    text: text("what happened"),
  },
  { error: "expected id:, at: and text: indented under each '- ' of updates:" },
);

// Cross-field checks run even when other fields are wrong (zod's `when`), so the editor sees every
// problem in one pass; they therefore read the raw values, which may be anything.
const validDates = (...values: unknown[]) => values.every((value) => typeof value === "string" && isPublicationDate(value));

export const frontmatterSchema = z
  .strictObject({
    title: text("the headline"),
    standfirst: text("a one-paragraph summary"),
    publishedAt: publicationDate,
    updatedAt: publicationDate.optional(),
    section: term("a section name, like Afghanistan"),
    tags: tags.default([]),
    language: z
      .string({ error: "expected a language tag like en, fa or ps" })
      .refine(isLanguageTag, "expected a BCP 47 language tag like en, fa-AF or ps")
      .default("en"),
    // Hugo's name for it: the versions of one story in several languages share one key, which
    // ties them together as translations (links between them, hreflang for search engines).
    translationKey: text("a key the story's versions in other languages share, like border-crossing-reopens").optional(),
    byline: z
      .preprocess(
        (value) => (typeof value === "string" ? [value] : value),
        z.array(text("an author's name"), { error: "expected a name, or a list of names" }),
      )
      .default([]),
    source: source.optional(),
    location: text("the dateline place, like Tehran").optional(),
    image: image.optional(),
    relatedEvents: z.array(relatedEvent, { error: "expected a list of events, each starting with '- date:'" }).default([]),
    corrections: z.array(correction, { error: "expected a list of corrections, each starting with '- date:'" }).default([]),
    live: live.optional(),
    updates: z.array(update, { error: "expected a list of updates, each starting with '- id:'" }).default([]),
    draft: flag.default(false),
    acceptWarnings: acceptWarningsField,
  })
  .refine((data) => data.updatedAt === undefined || !isBefore(data.updatedAt, data.publishedAt), {
    path: ["updatedAt"],
    error: ({ input }) =>
      isRecord(input)
        ? `is ${String(input.updatedAt)}, before publishedAt (${String(input.publishedAt)}): an update cannot come before publication`
        : "must not be before publishedAt",
    when: ({ value }) => isRecord(value) && validDates(value.publishedAt, value.updatedAt),
  })
  .superRefine(
    (data, ctx) => {
      const corrections: unknown[] = Array.isArray(data.corrections) ? data.corrections : [];
      corrections.forEach((entry, index) => {
        const date = isRecord(entry) ? entry.date : undefined;
        if (typeof date !== "string" || !validDates(date) || !isBefore(date, data.publishedAt)) return;
        ctx.addIssue({
          code: "custom",
          path: ["corrections", index, "date"],
          message: `is ${date}, before publishedAt (${data.publishedAt}): a correction comes after publication`,
        });
      });
    },
    { when: ({ value }) => isRecord(value) && validDates(value.publishedAt) },
  )
  .superRefine((data, ctx) => liveProblems(data, ctx), { when: ({ value }) => isRecord(value) });

/** What only the live fields together can be wrong in: read raw, as the other checks across fields are. */
function liveProblems(data: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const updates: unknown[] = Array.isArray(data.updates) ? data.updates : [];
  if (updates.length > 0 && data.live === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["updates"],
      message: "updates are for a live story: add live: with a summary: of what is known (see Live coverage in docs/editors-guide.md)",
    });
  }
  const moments = (value: unknown) => typeof value === "string" && momentProblem(value) === undefined;
  const published = typeof data.publishedAt === "string" && validDates(data.publishedAt) ? data.publishedAt : undefined;
  const ended = isRecord(data.live) && moments(data.live.ended) ? String(data.live.ended) : undefined;
  const ids = new Map<string, number>();
  updates.forEach((entry, index) => {
    if (!isRecord(entry)) return;
    const { id, at } = entry;
    if (typeof id === "string") {
      const first = ids.get(id);
      if (first === undefined) ids.set(id, index);
      else {
        ctx.addIssue({
          code: "custom",
          path: ["updates", index, "id"],
          message: `"${id}" is also the id of updates[${first}]: each update needs its own, as it is the end of its link (#update-${id}); change this one`,
        });
      }
    }
    if (typeof at !== "string" || !moments(at)) return;
    if (published && isBefore(at, published)) {
      ctx.addIssue({ code: "custom", path: ["updates", index, "at"], message: `is ${at}, before publishedAt (${published}): an update comes after the story is published` });
    }
    if (ended && isBefore(ended, at)) {
      ctx.addIssue({ code: "custom", path: ["updates", index, "at"], message: `is ${at}, after live.ended (${ended}): move ended: to after the last update, or check this update's time` });
    }
  });
  if (ended && published && isBefore(ended, published)) {
    ctx.addIssue({ code: "custom", path: ["live", "ended"], message: `is ${ended}, before publishedAt (${published}): coverage ends after the story is published` });
  }
}

export type Frontmatter = z.infer<typeof frontmatterSchema>;
export type RelatedEvent = Frontmatter["relatedEvents"][number];
export type ArticleImage = NonNullable<Frontmatter["image"]>;
export type Correction = Frontmatter["corrections"][number];
export type LiveUpdate = Frontmatter["updates"][number];

/** The field names allowed at each level, for "did you mean" on a misspelt field. */
export const FIELD_NAMES: Record<string, readonly string[]> = {
  "": Object.keys(frontmatterSchema.shape),
  source: Object.keys(source.shape),
  image: Object.keys(image.shape),
  relatedEvents: Object.keys(relatedEvent.shape),
  corrections: Object.keys(correction.shape),
  live: Object.keys(live.shape),
  updates: Object.keys(update.shape),
};
