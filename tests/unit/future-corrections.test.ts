// A correction dated later than now is refused by the check, which says where it is and what to
// write: it tells readers of a correction not made yet.
import { describe, expect, it } from "vitest";
import { findProblems } from "@/lib/find-problems";
import { formatProblem } from "@/lib/content/problems";
import { readContent, readContentFiles } from "@/lib/pipeline";
import { articleFile, lineOf, REQUIRED_FIELDS, tempSite } from "./helpers";

/** Noon UTC on 27 December 2025: 15:30 in Kabul. */
const NOW = Date.parse("2025-12-27T12:00:00Z");
const ZONE = "Asia/Kabul";

async function checkLines(fields: Record<string, unknown>): Promise<string[]> {
  const text = articleFile({ ...REQUIRED_FIELDS, tags: ["Taliban"], ...fields });
  const site = tempSite({ "x.md": text });
  const { problems } = await findProblems(readContentFiles(site), site.publicDir, NOW, ZONE);
  return problems.map((problem) => formatProblem({ ...problem, file: "x.md" }));
}

describe("a correction dated in the future", () => {
  it("is an error on a published story, at its line, saying what to write", async () => {
    const fields = { corrections: [{ date: "2025-12-26", text: "One." }, { date: "2052-12-26", text: "A mistyped year." }] };
    const line = lineOf(articleFile({ ...REQUIRED_FIELDS, tags: ["Taliban"], ...fields }), "- date: 2052-12-26");
    expect(await checkLines(fields)).toEqual([
      `x.md:${line}: corrections[1].date: is 2052-12-26, in the future: a correction is dated the day it is made; write that day's date`,
    ]);
  });

  it("is refused from the first moment of the newsroom's tomorrow, not before", async () => {
    expect(await checkLines({ corrections: [{ date: "2025-12-27", text: "Today." }, { date: "2025-12-27T15:00:00+04:30", text: "Just now." }] })).toEqual([]);
    expect(await checkLines({ corrections: [{ date: "2025-12-28", text: "Tomorrow." }] })).toHaveLength(1);
  });

  it("is refused later today, when it has a time", async () => {
    expect(await checkLines({ corrections: [{ date: "2025-12-27T20:00:00+04:30", text: "Tonight." }] })).toHaveLength(1);
  });

  it("is an error on a draft and on a scheduled story too, found before the story goes out", async () => {
    expect(await checkLines({ draft: true, corrections: [{ date: "2052-12-26", text: "Later." }] })).toHaveLength(1);
    // Silent until 5 January, this would have stopped every build from then until the 9th.
    expect(await checkLines({ publishedAt: "2026-01-05", corrections: [{ date: "2026-01-09", text: "Later." }] })).toHaveLength(1);
  });

  it("is in the problems the preview shows on the story's page, as in the check's", async () => {
    const site = tempSite({ "x.md": articleFile({ ...REQUIRED_FIELDS, tags: ["Taliban"], corrections: [{ date: "2052-12-26", text: "Later." }] }) });
    expect(readContent(site, NOW, ZONE).problems.map((problem) => problem.field)).toEqual(["corrections[0].date"]);
  });
});
