// Editors change content/ without touching the tests, so no test may depend on it: only the two
// tests that exist to check content/ read it. A guard on the tests' own sources; .ci/run also
// proves it by running the unit tests on a copy of the repository with its content changed
// (tests/editors-cannot-break-ci.ts).
import fs from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { FIXTURE_SITES } from "../host/fixture-sites";
import { ROOT } from "./helpers";

const ALLOWED = ["tests/unit/site-content.test.ts", "tests/unit/launch-article.test.ts"];
// A path into the repository's content/ or public/: joined onto the root, or relative to it.
const READS_CONTENT = /\b(ROOT|root|repo)\s*,\s*["'](content|public)\b|resolve\(\s*["'](content|public)\b/;

const sources = (dir: string): string[] =>
  fs
    .readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .map((name) => path.join(dir, name))
    .filter((file) => /\.(ts|tsx|mts|cjs)$/.test(file) && !file.startsWith(path.join("tests", "fixtures")));

it("no test but the two content checks reads content/ or public/", () => {
  const readers = [...sources("tests"), "playwright.config.ts", "vitest.config.mts"].filter(
    (file) => !ALLOWED.includes(file) && READS_CONTENT.test(fs.readFileSync(path.join(ROOT, file), "utf8")),
  );
  expect(readers).toEqual([]);
});

it("every fixture site the tests share is built from tests/fixtures, or from content a fixture writes", () => {
  for (const { content, publicDir } of Object.values(FIXTURE_SITES)) {
    if (typeof content === "string") expect(path.relative(path.join(ROOT, "tests/fixtures"), content)).not.toMatch(/^\.\./);
    if (publicDir) expect(path.relative(path.join(ROOT, "tests/fixtures"), publicDir)).not.toMatch(/^\.\./);
  }
});
