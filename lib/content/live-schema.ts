// The contract of a live story's fields: `live:` (the summary readers see first, and when the
// coverage ended) and `updates:` (the timestamped entries, each with an id for its anchor). Kept
// as a list in the article's own frontmatter rather than a file per update: docs/editors-guide.md
// ("Live coverage") says why. The markdown is rendered apart (lib/render/live-text.ts): the
// contract is loaded by the site's settings, which the renderer's links need.
import { z } from "zod";
import { calendarParts, publicationDateRangeProblem } from "./dates";

/** A date-time with its offset: a live update is a moment, never a whole day. */
const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const WITHOUT_OFFSET = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?$/;
const BARE_DATE = /^\d{4}-\d{2}-\d{2}$/;
const EXAMPLE = "2026-12-02T09:30:00+04:30";

/** Why `value` is not a moment with its offset, in words for the editor; undefined when it is one. */
export function momentProblem(value: string): string | undefined {
  if (WITHOUT_OFFSET.test(value)) {
    return `has no offset: write the newsroom's offset after the time, like ${value.replace(" ", "T")}+04:30 (Kabul is +04:30), so the time means the same everywhere`;
  }
  if (BARE_DATE.test(value)) return `needs the time as well as the day, with its offset, like ${value}T09:30:00+04:30`;
  if (!MOMENT.test(value) || !calendarParts(value)) return `expected a real date-time with its offset, like ${EXAMPLE}`;
  return publicationDateRangeProblem(value);
}

/** An update's id: the end of its address, #update-<id>, which must never change once shared. */
export const UPDATE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Markdown, checked and rendered once the fields are read (lib/render/live-text.ts). */
export const markdownText = (what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `is required: add ${what}` : `expected ${what}`) })
    .trim()
    .min(1, `must not be empty: write ${what}`);
