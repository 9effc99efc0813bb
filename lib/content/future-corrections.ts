// A correction is dated the day it is made. One dated later than now tells readers of a correction
// not yet made (most often a mistyped year). Told on every story, drafts and scheduled ones too:
// on those it holds only the story back, and it is found then, not on the morning the story goes
// out and its error stops every build. It is told against the clock, so it is apart from each
// file's own check, whose result is kept between runs.
import type { CheckedFile } from "./article-file";
import { isPublishedBy } from "./dates";
import type { ContentProblem } from "./problems";
import { fieldName } from "./validate";

/** An error for each correction dated after `now` (a date alone: after that day, in the newsroom's time zone). */
export function futureCorrections(checked: readonly CheckedFile[], now: number, timeZone: string): ContentProblem[] {
  return checked.flatMap(({ file, source, article }) => {
    if (!article || !source) return [];
    return article.frontmatter.corrections.flatMap(({ date }, index) => {
      if (isPublishedBy(date, now, timeZone)) return [];
      const at = ["corrections", index, "date"];
      return [{ file, line: source.lineOf(at), field: fieldName(at), message: `is ${date}, in the future: a correction is dated the day it is made; write that day's date` }];
    });
  });
}
