// `npm run publish` and `npm run publish -- --undo` as an editor runs them, end to end, on a copy of
// the fixture content in a git repository of its own, deployed to a temporary folder: the change
// summary before a yes, the build for the site's address, the deploy, the commit; then the undo,
// which puts the earlier site and its story files back. Two publications and one undo: each
// publication is a real build, the costly part.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILD_ENV, withCache } from "../host/build-site";
import { FIXTURE_SITE_URL } from "../host/fixture-sites";
import { projectCopy } from "../host/project-copy";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-publish-"));
const project = projectCopy("publish");
const content = path.join(work, "newsroom", "content");
const www = path.join(work, "www");
const cache = withCache({ BUILD_CACHE_DIR: path.join(work, "cache") });
const article = (slug: string) => path.join(content, "articles", `${slug}.md`);
/** A story's file as the editor reads it: relative to the project, where publish runs. */
const file = (slug: string) => path.relative(project, article(slug));
const page = (slug: string) => fs.readFileSync(path.join(www, "articles", slug, "index.html"), "utf8");
const git = (...args: string[]) => spawnSync("git", args, { cwd: content, encoding: "utf8" }).stdout.trim();

function publish(...args: string[]) {
  return spawnSync(process.execPath, [path.join(project, "node_modules/tsx/dist/cli.mjs"), "scripts/publish.ts", ...args], {
    cwd: project,
    // No terminal to answer a question: as in CI, or a script.
    stdio: ["ignore", "pipe", "pipe"],
    // Without Vitest's NODE_ENV=test, which the build refuses: as an editor runs it.
    env: { ...process.env, ...BUILD_ENV, ...cache, CONTENT_DIR: content, PUBLIC_DIR: path.resolve("tests/fixtures/public") },
    encoding: "utf8",
  });
}

// What the editor reads, the steps' own detail (the check's line, the deploy's counts) set aside.
const summary = (stdout: string) => stdout.slice(stdout.indexOf("\n\n") + 2, stdout.indexOf("Building the site")).trim();

describe("npm run publish", () => {
  beforeAll(() => {
    fs.cpSync(path.resolve("tests/fixtures/content"), content, { recursive: true });
    fs.writeFileSync(path.join(content, "site.yml"), `url: ${FIXTURE_SITE_URL}\ndeploy: ${www}\n`);
    for (const args of [["init", "--quiet"], ["config", "user.name", "Desk"], ["config", "user.email", "desk@example.org"], ["add", "."], ["commit", "--quiet", "-m", "Start"]]) git(...args);
  });
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it("publishes, shows the next publication's changes sentence by sentence, and undoes it", () => {
    const asked = publish();
    expect(asked.stderr).toContain("Nothing was published: publish asks for a yes, and there is no one here to ask. To publish without being asked, run npm run publish -- --yes");
    expect(asked.status).toBe(1);
    expect(fs.existsSync(www)).toBe(false);

    const first = publish("--yes");
    expect(first.stdout).toContain(`The first publication from this folder: every published story goes to ${FIXTURE_SITE_URL}.`);
    expect(first.status).toBe(0);
    expect(page("corrected-story")).toContain("Traders returned to the crossing on Monday.");
    expect(page("corrected-story")).toContain(`<link rel="canonical" href="${FIXTURE_SITE_URL}/articles/corrected-story/"`);

    // The editor corrects a sentence, writes a new story from the draft, and takes one story off.
    const corrected = fs.readFileSync(article("corrected-story"), "utf8");
    fs.writeFileSync(article("corrected-story"), corrected.replace("on Monday.", "on Tuesday."));
    const draft = fs.readFileSync(article("draft-story"), "utf8");
    fs.writeFileSync(article("draft-story"), draft.replace(/^draft: true\n/m, ""));
    const removed = fs.readFileSync(article("market-photo-story"), "utf8");
    fs.rmSync(article("market-photo-story"));

    const second = publish("--yes");
    expect(second.status).toBe(0);
    expect(summary(second.stdout)).toBe(
      [
        `What changes on ${FIXTURE_SITE_URL}:`,
        "New (1 story):",
        `    "A story still being written" (${file("draft-story")})`,
        "Updated (1 story):",
        `    "Border crossing reopens after a week" (${file("corrected-story")})`,
        "      was: Traders returned to the crossing on Monday.",
        "      now: Traders returned to the crossing on Tuesday.",
        "Taken off the site (1 story):",
        `    "Traders return to the border market" (${file("market-photo-story")})`,
      ].join("\n"),
    );
    expect(page("corrected-story")).toContain("on Tuesday.");
    expect(fs.existsSync(path.join(www, "articles", "market-photo-story"))).toBe(false);
    expect(git("log", "--format=%s", "-1")).toBe("Published: new: draft-story; updated: corrected-story; taken off: market-photo-story");

    const undo = publish("--undo");
    expect(undo.status).toBe(0);
    expect(page("corrected-story")).toContain("on Monday.");
    expect(undo.stdout.split("\n")).toEqual(
      [
        expect.stringMatching(/^Deployed the earlier publication to /),
        `The live site is back as it was before the last publication, on ${FIXTURE_SITE_URL}.`,
        "Back as they were then (3):",
        `    "A story still being written" (${file("draft-story")})`,
        `    "Border crossing reopens after a week" (${file("corrected-story")})`,
        `    "Traders return to the border market" (${file("market-photo-story")})`,
        'Committed the content to git: "Undid the last publication: new: draft-story; updated: corrected-story; taken off: market-photo-story".',
        "To put the undone publication back, run npm run publish -- --undo again.",
        "",
      ],
    );
    expect(fs.existsSync(path.join(www, "articles", "draft-story"))).toBe(false);
    expect(page("market-photo-story")).toContain("Traders return to the border market");
    expect(fs.readFileSync(article("corrected-story"), "utf8")).toBe(corrected);
    expect(fs.readFileSync(article("market-photo-story"), "utf8")).toBe(removed);
    expect(fs.readFileSync(article("draft-story"), "utf8")).toBe(draft);
  });
});
