// Whether an article is on the site yet (published, draft, scheduled), and how its corrections
// and updates show: newest first, and in the date search engines see as "last modified".
import { describe, expect, it } from "vitest";
import { loadArticles } from "@/lib/pipeline";
import { articleFile, checkSite, inFile, lineOf, REQUIRED_FIELDS, tempSite } from "./helpers";

const CLEAN = { ...REQUIRED_FIELDS, tags: ["Taliban"] } as const;
/** Noon UTC on Christmas Day 2025: 15:30 in Tehran. */
const NOW = Date.parse("2025-12-25T12:00:00Z");

describe("an article's status, as of a given moment", () => {
  const statusOf = (fields: Record<string, unknown>) => {
    const site = tempSite({ "x.md": articleFile({ ...CLEAN, ...fields }) });
    const checked = checkSite(site, NOW).articles[0].status;
    const loaded = loadArticles({ contentDir: site.contentDir, publicDir: site.publicDir }, NOW)[0].status;
    expect(loaded).toBe(checked);
    return checked;
  };

  it.each([
    ["dated today", "2025-12-25"],
    ["dated yesterday", "2025-12-24"],
    ["dated earlier today with an offset", "2025-12-25T15:00:00+03:30"],
    ["dated this very moment", "2025-12-25T12:00:00Z"],
  ])("is published when %s (%s)", (_, publishedAt) => {
    expect(statusOf({ publishedAt })).toBe("published");
  });

  it.each([
    ["tomorrow in the newsroom's time zone", "2025-12-26"],
    ["later today, with an offset", "2025-12-25T16:00:00+03:30"],
    ["a minute from now, in UTC", "2025-12-25T12:01:00Z"],
  ])("is scheduled when dated %s (%s)", (_, publishedAt) => {
    expect(statusOf({ publishedAt })).toBe("scheduled");
  });

  it.each([
    ["dated in the past", "2025-12-24"],
    ["dated in the future", "2025-12-26"],
  ])("is a draft when draft: true, even %s", (_, publishedAt) => {
    expect(statusOf({ publishedAt, draft: true })).toBe("draft");
  });

  it("is published when its date begins in the newsroom's time zone (Kabul, UTC+04:30), not anywhere else", () => {
    const site = tempSite({ "x.md": articleFile({ ...CLEAN, publishedAt: "2025-12-26" }) });

    expect(checkSite(site, Date.parse("2025-12-25T19:29:59Z")).articles[0].status).toBe("scheduled");
    expect(checkSite(site, Date.parse("2025-12-25T19:30:00Z")).articles[0].status).toBe("published");
  });

  it("follows the newsroom's time zone when it is set, across a clock change", () => {
    const site = tempSite({ "x.md": articleFile({ ...CLEAN, publishedAt: "2026-03-29" }) });
    const statusAt = (moment: string) => checkSite(site, Date.parse(moment), "Europe/London").articles[0].status;

    // London's clocks go forward at 01:00 on 29 March 2026: its midnight is still GMT.
    expect(statusAt("2026-03-28T23:59:59Z")).toBe("scheduled");
    expect(statusAt("2026-03-29T00:00:00Z")).toBe("published");
  });

  it("is not a problem: a scheduled article loads without error or warning", () => {
    const site = tempSite({ "x.md": articleFile({ ...CLEAN, publishedAt: "2026-01-01" }) });

    expect(checkSite(site, NOW).problems).toEqual([]);
  });
});

describe("corrections", () => {
  it("are listed newest first, whatever order they are written in", () => {
    const site = tempSite({
      "x.md": articleFile({
        ...CLEAN,
        corrections: [
          { date: "2025-12-26", text: "An earlier version misspelt Sari's name." },
          { date: "2025-12-28T10:00:00+03:30", text: "An earlier version gave the wrong province." },
          { date: "2025-12-27", text: "An earlier version misdated the attack." },
        ],
      }),
    });

    expect(site.load()[0].corrections.map((correction) => correction.date)).toEqual(["2025-12-28T10:00:00+03:30", "2025-12-27", "2025-12-26"]);
  });

  it("move the last-modified date to the latest correction", () => {
    const site = tempSite({
      "x.md": articleFile({
        ...CLEAN,
        updatedAt: "2025-12-26",
        corrections: [
          { date: "2025-12-27", text: "One." },
          { date: "2025-12-28", text: "Two." },
        ],
      }),
    });

    expect(site.load()[0].modifiedAt).toBe("2025-12-28");
  });

  it("leave the last-modified date at a later update", () => {
    const site = tempSite({
      "x.md": articleFile({ ...CLEAN, updatedAt: "2025-12-30T09:00:00+03:30", corrections: [{ date: "2025-12-27", text: "One." }] }),
    });

    expect(site.load()[0].modifiedAt).toBe("2025-12-30T09:00:00+03:30");
  });

  it("move the last-modified date when there is no update", () => {
    const site = tempSite({ "x.md": articleFile({ ...CLEAN, corrections: [{ date: "2025-12-26T08:00:00+03:30", text: "One." }] }) });

    expect(site.load()[0].modifiedAt).toBe("2025-12-26T08:00:00+03:30");
  });

  it("may be dated the day of publication", () => {
    const site = tempSite({ "x.md": articleFile({ ...CLEAN, publishedAt: "2025-12-25T09:00:00+03:30", corrections: [{ date: "2025-12-25", text: "One." }] }) });

    expect(site.load()[0]).toMatchObject({ corrections: [{ date: "2025-12-25" }], modifiedAt: "2025-12-25T09:00:00+03:30" });
  });

  it("dated before publication is an error at its date, on its line", () => {
    const text = articleFile({
      ...CLEAN,
      publishedAt: "2025-12-25",
      corrections: [
        { date: "2025-12-26", text: "Fine." },
        { date: "2025-12-24", text: "Too early." },
      ],
    });
    const site = tempSite({ "x.md": text });

    expect(site.problems()).toEqual([
      {
        file: inFile("x.md"),
        line: lineOf(text, "- date: 2025-12-24"),
        field: "corrections[1].date",
        message: "is 2025-12-24, before publishedAt (2025-12-25): a correction comes after publication",
      },
    ]);
  });

  it("without its text is an error saying what to write", () => {
    const text = articleFile({ ...CLEAN, corrections: [{ date: "2025-12-26" }] });
    const site = tempSite({ "x.md": text });

    expect(site.problems()).toEqual([
      {
        file: inFile("x.md"),
        line: lineOf(text, "- date: 2025-12-26"),
        field: "corrections[0].text",
        message: "is required: add what was wrong and what is right now",
      },
    ]);
  });

  it("with a misspelt field suggests the right one, at its line", () => {
    const text = articleFile({ ...CLEAN, corrections: [{ date: "2025-12-26", txt: "An earlier version misspelt a name." }] });
    const site = tempSite({ "x.md": text });

    const problems = site.problems();
    expect(problems).toContainEqual({
      file: inFile("x.md"),
      line: lineOf(text, "txt:"),
      field: "corrections[0].txt",
      message: 'unknown field: did you mean "text"?',
    });
    // The text is then missing, and the editor is told in the same pass.
    expect(problems).toContainEqual(expect.objectContaining({ field: "corrections[0].text", message: expect.stringContaining("is required") }));
  });

  it("written as a single correction, not a list, says how to write the list", () => {
    const text = articleFile({ ...CLEAN, corrections: { date: "2025-12-26", text: "One." } });
    const site = tempSite({ "x.md": text });

    expect(site.problems()).toEqual([
      expect.objectContaining({
        file: inFile("x.md"),
        line: lineOf(text, "corrections:"),
        field: "corrections",
        message: expect.stringContaining("expected a list of corrections, each starting with '- date:'"),
      }),
    ]);
  });
});
