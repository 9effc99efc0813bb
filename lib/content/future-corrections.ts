// A correction is dated the day it is made. One dated later than today on a story readers can
// already see tells them of a correction not yet made (most often a mistyped year). It is told
// against the clock, so it is apart from each file's own check, whose result is kept between runs.
import type { CheckedFile } from "./article-file";
import { isPublishedBy } from "./dates";
import type { ContentProblem } from "./problems";
import { fieldName } from "./validate";

/** An error for each correction dated after `now`, in the newsroom's time zone, on a story out by then. */
export function futureCorrections(checked: readonly CheckedFile[], now: number, timeZone: string): ContentProblem[] {
  return checked.flatMap(({ file, source, article }) => {
    if (!article || !source || article.frontmatter.draft || !isPublishedBy(article.frontmatter.publishedAt, now, timeZone)) return [];
    return article.frontmatter.corrections.flatMap(({ date }, index) => {
      if (isPublishedBy(date, now, timeZone)) return [];
      const at = ["corrections", index, "date"];
      return [{ file, line: source.lineOf(at), field: fieldName(at), message: `is ${date}, in the future: a correction is dated the day it is made; write that day's date` }];
    });
  });
}
