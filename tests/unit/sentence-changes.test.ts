// The sentences an update changes, as `npm run publish` shows them before anything goes live.
import { describe, expect, it } from "vitest";
import { sentenceChanges, sentencesOf } from "@/scripts/publish/sentence-changes";

describe("the sentences an update changes", () => {
  it("cuts paragraphs into sentences at the language's own full stops", () => {
    expect(sentencesOf(["Traders returned on Monday. The crossing had been shut for a week!", "Trucks  queued\nfor miles."], "en")).toEqual([
      "Traders returned on Monday.",
      "The crossing had been shut for a week!",
      "Trucks queued for miles.",
    ]);
    expect(sentencesOf(["بازرگانان دوباره آمدند. گذرگاه باز است؟ بله."], "fa")).toEqual(["بازرگانان دوباره آمدند.", "گذرگاه باز است؟", "بله."]);
  });

  it("pairs a rewritten sentence with the one it replaces, and leaves the unchanged ones out", () => {
    const before = ["One.", "Two was wrong.", "Three.", "Four."];
    const after = ["One.", "Two is right.", "Three.", "Four.", "Five is new."];
    expect(sentenceChanges(before, after)).toEqual([{ was: "Two was wrong.", now: "Two is right." }, { now: "Five is new." }]);
  });

  it("shows a sentence removed, and nothing for a story whose sentences are the same", () => {
    expect(sentenceChanges(["One.", "Gone.", "Three."], ["One.", "Three."])).toEqual([{ was: "Gone." }]);
    expect(sentenceChanges(["One.", "Two."], ["One.", "Two."])).toEqual([]);
    expect(sentenceChanges([], ["New."])).toEqual([{ now: "New." }]);
  });
});
