import { describe, expect, it } from "vitest";
import { buildSteps } from "../../scripts/bench/bench-report";

describe("the benchmark's reading of a build's step times", () => {
  it("takes every step and its seconds from the build's last line", () => {
    const log = "Checked 2 articles: ready to publish.\nSite written to out/.\nBuild steps: check 1.1 s, next build 13.7 s, image copies 0.6 s, swap 0.1 s.\n";
    expect(buildSteps(log)).toEqual({ check: 1.1, "next build": 13.7, "image copies": 0.6, swap: 0.1 });
  });

  it("finds no steps in a log without that line", () => {
    expect(buildSteps("Site written to out/.\n")).toEqual({});
  });
});
