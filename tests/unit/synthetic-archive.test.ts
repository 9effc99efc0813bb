import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { addOneArticle, editOneArticle, syntheticArticle, undoArchiveEdits, writeSyntheticArchive } from "../../scripts/bench/synthetic-archive";

const files = (dir: string) => Object.fromEntries(fs.readdirSync(path.join(dir, "articles")).map((name) => [name, fs.readFileSync(path.join(dir, "articles", name), "utf8")]));

describe("the benchmark's synthetic archive", () => {
  it("dates even the 20,000th article before today, so that the build publishes every article rather than holding some back as scheduled", () => {
    const newest = matter(syntheticArticle(19_999)).data;
    expect(new Date(newest.publishedAt).getTime()).toBeLessThan(Date.now());
  });

  it("corrects an article by one sentence of its body, leaving its headline and every other field as they were", () => {
    const [original, corrected] = [syntheticArticle(41), syntheticArticle(41, true)].map((text) => matter(text));
    expect(corrected.data).toEqual(original.data);
    const correction = " An earlier version of this report gave the wrong district.";
    expect(corrected.content.split(correction)).toHaveLength(2);
    expect(corrected.content.replace(correction, "")).toBe(original.content);
  });

  it("edits the newest article and adds the next one, and puts the archive back as it was", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "synthetic-archive-"));
    try {
      writeSyntheticArchive(dir, 3);
      const before = files(dir);
      editOneArticle(dir, 3);
      addOneArticle(dir, 3);
      const after = files(dir);
      expect(Object.keys(after).sort()).toEqual([...Object.keys(before), "synthetic-report-4.md"].sort());
      expect(Object.keys(after).filter((name) => after[name] !== before[name]).sort()).toEqual(["synthetic-report-3.md", "synthetic-report-4.md"]);
      undoArchiveEdits(dir, 3);
      expect(files(dir)).toEqual(before);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
