// `npm run publish` and `npm run publish -- --undo` as an editor runs them, end to end, on a copy of
// the fixture content (with a reporter's file, a newsroom page and site.yml) in a git repository of
// its own, deployed to a temporary folder: the change summary before a yes, the build for the
// site's address, the deploy, the commit; then the undo, which puts the earlier site and its
// content files back, and an undo of that undo. On the way, the ways a publication must stop with
// the live site and publish's records as they were: a destination that is not the site's (before
// any build), a file saved while the editor reads the summary (at a real terminal's prompt), and a
// build that fails after its swap. The steps share one site, so they run in order; three builds
// (two publications, one that fails), the costly part.
import { spawn, spawnSync } from "node:child_process";
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
/** A content file as the editor reads it: relative to the project, where publish runs. */
const file = (relative: string) => path.relative(project, path.join(content, relative));
const story = (slug: string) => file(`articles/${slug}.md`);
const page = (slug: string) => fs.readFileSync(path.join(www, "articles", slug, "index.html"), "utf8");
const read = (relative: string) => fs.readFileSync(path.join(content, relative), "utf8");
const write = (relative: string, text: string) => fs.writeFileSync(path.join(content, relative), text);
const git = (...args: string[]) => spawnSync("git", args, { cwd: content, encoding: "utf8" }).stdout.trim();
const published = path.join(project, "published");
/** Publish's record of what readers have: the build it links to, and the one before it. */
const records = () => ({ live: fs.readlinkSync(published), versions: fs.readdirSync(`${published}.versions`).filter((name) => !name.startsWith(".")).sort() });

const tsx = path.join(project, "node_modules/tsx/dist/cli.mjs");
// Without Vitest's NODE_ENV=test, which the build refuses: as an editor runs it.
const env = { ...process.env, ...BUILD_ENV, ...cache, CONTENT_DIR: content, PUBLIC_DIR: path.resolve("tests/fixtures/public") };

function publish(...args: string[]) {
  // No terminal to answer a question: as in CI, or a script.
  return spawnSync(process.execPath, [tsx, "scripts/publish.ts", ...args], { cwd: project, stdio: ["ignore", "pipe", "pipe"], env, encoding: "utf8" });
}

/** Runs `npm run publish` at a terminal (util-linux's script), doing `whileAsked` before answering yes; what the terminal showed. */
function publishAtTerminal(whileAsked: () => void): Promise<{ status: number | null; shown: string }> {
  const command = [process.execPath, tsx, "scripts/publish.ts"].map((part) => `'${part}'`).join(" ");
  const terminal = spawn("script", ["--quiet", "--flush", "--return", "--command", command, "/dev/null"], { cwd: project, env, stdio: ["pipe", "pipe", "inherit"] });
  let shown = "";
  terminal.stdout.on("data", (chunk: Buffer) => {
    const asked = !shown.includes("Type yes to go on: ");
    shown += chunk.toString();
    if (asked && shown.includes("Type yes to go on: ")) {
      whileAsked();
      terminal.stdin.write("yes\n");
    }
  });
  return new Promise((resolve) => terminal.once("exit", (status) => resolve({ status, shown: shown.replace(/\r/g, "") })));
}

// What the editor reads, the steps' own detail (the check's line, the deploy's counts) set aside.
const summary = (stdout: string) => stdout.slice(stdout.indexOf("\n\n") + 2, stdout.indexOf("Building the site")).trim();

const siteSettings = `url: ${FIXTURE_SITE_URL}\ndeploy: ${www}\ntagline: News from the border\n`;

describe("npm run publish", () => {
  beforeAll(() => {
    fs.cpSync(path.resolve("tests/fixtures/content"), content, { recursive: true });
    for (const kept of ["authors/daud-karimi.md", "pages/about.md"]) fs.cpSync(path.resolve("tests/fixtures/readers/content", kept), path.join(content, kept));
    write("site.yml", siteSettings);
    for (const args of [["init", "--quiet"], ["config", "user.name", "Desk"], ["config", "user.email", "desk@example.org"], ["add", "."], ["commit", "--quiet", "-m", "Start"]]) git(...args);
  });
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  // Each step below starts from where the one before left the site, its content and publish's records.
  const corrected = fs.readFileSync(path.resolve("tests/fixtures/content/articles/corrected-story.md"), "utf8");
  const draft = fs.readFileSync(path.resolve("tests/fixtures/content/articles/draft-story.md"), "utf8");
  const removed = fs.readFileSync(path.resolve("tests/fixtures/content/articles/market-photo-story.md"), "utf8");
  const late = corrected.replace("title: Border crossing reopens after a week", "title: Late news from the crossing");
  const reporter = fs.readFileSync(path.resolve("tests/fixtures/readers/content/authors/daud-karimi.md"), "utf8");
  const about = fs.readFileSync(path.resolve("tests/fixtures/readers/content/pages/about.md"), "utf8");

  it("asks for a yes, and publishes for the first time", () => {
    const asked = publish();
    expect(asked.stderr).toContain("Nothing was published: publish asks for a yes, and there is no one here to ask. To publish without being asked, run npm run publish -- --yes");
    expect(asked.status).toBe(1);
    expect(fs.existsSync(www)).toBe(false);

    const first = publish("--yes");
    expect(first.stdout).toContain(`The first publication from this folder: every published story goes to ${FIXTURE_SITE_URL}.`);
    expect(first.status).toBe(0);
    expect(page("corrected-story")).toContain("Traders returned to the crossing on Monday.");
    expect(page("corrected-story")).toContain(`<link rel="canonical" href="${FIXTURE_SITE_URL}/articles/corrected-story/"`);
  });

  it("refuses a destination that is not the site's before building anything", () => {
    const shared = path.join(work, "shared");
    fs.mkdirSync(shared);
    fs.writeFileSync(path.join(shared, "notes.txt"), "someone else's");
    write("site.yml", siteSettings.replace(`deploy: ${www}`, `deploy: ${shared}`));
    const before = records();
    const refused = publish("--yes");
    write("site.yml", siteSettings);
    expect(refused.stderr).toContain(`Nothing was published: ${shared} already holds files this command did not put there;`);
    expect(refused.stdout).not.toContain("Building the site");
    expect(refused.status).toBe(1);
    expect(records()).toEqual(before);
  });

  it("stops when the content changes while the editor reads the summary", async () => {
    const before = records();
    // A colleague corrects a sentence while the question is open.
    const asked = await publishAtTerminal(() => write("articles/corrected-story.md", corrected.replace("on Monday.", "on Tuesday.")));
    expect(asked.shown).toContain("No story changes on the live site.");
    expect(asked.shown).toContain(
      `Nothing was published: the content changed since the summary (${story("corrected-story")}), so the site would not be what the summary showed. Run npm run publish again to see what changes now.`,
    );
    expect(asked.shown).not.toContain("Building the site");
    expect(asked.status).toBe(1);
    expect(records()).toEqual(before);
    expect(page("corrected-story")).toContain("on Monday.");
  });

  it("shows the next publication's changes, sentence by sentence and page by page", () => {
    // The editor (the sentence was corrected above) writes a new story from the draft and another
    // from nothing, takes one story off, and updates a reporter, a page and the tagline.
    write("articles/draft-story.md", draft.replace(/^draft: true\n/m, ""));
    write("articles/late-story.md", late);
    fs.rmSync(article("market-photo-story"));
    write("authors/daud-karimi.md", reporter.replace("covers the economy", "edits the economy desk"));
    write("pages/about.md", about.replace("A few invented people.", "A few more invented people."));
    write("site.yml", siteSettings.replace("News from the border", "News from both sides of the border"));

    const second = publish("--yes");
    expect(second.status).toBe(0);
    expect(summary(second.stdout)).toBe(
      [
        `What changes on ${FIXTURE_SITE_URL}:`,
        "New (2 stories):",
        `    "A story still being written" (${story("draft-story")})`,
        `    "Late news from the crossing" (${story("late-story")})`,
        "Updated (1 story):",
        `    "Border crossing reopens after a week" (${story("corrected-story")})`,
        "      was: Traders returned to the crossing on Monday.",
        "      now: Traders returned to the crossing on Tuesday.",
        "Taken off the site (1 story):",
        `    "Traders return to the border market" (${story("market-photo-story")})`,
        "Reporter pages updated (1):",
        `    "Daud Karimi" (${file("authors/daud-karimi.md")})`,
        "Newsroom pages updated (1):",
        `    "About us" (${file("pages/about.md")})`,
        `Site settings changed (${file("site.yml")}): tagline`,
      ].join("\n"),
    );
    expect(page("corrected-story")).toContain("on Tuesday.");
    expect(fs.existsSync(path.join(www, "articles", "market-photo-story"))).toBe(false);
    expect(git("log", "--format=%s", "-1")).toBe(
      "Published: new: draft-story, late-story; updated: corrected-story; taken off: market-photo-story; reporter pages: daud-karimi; newsroom pages: about; site settings: tagline",
    );
  });

  it("leaves the live site and publish's records as they were when the build fails after its swap", () => {
    const before = records();
    // Where the build writes the nginx configuration, after its site has taken the place of the last.
    const nginx = path.join(project, "published.nginx.conf");
    fs.rmSync(nginx, { force: true });
    fs.mkdirSync(nginx);
    const failed = publish("--yes");
    fs.rmSync(nginx, { recursive: true });
    expect(failed.stderr).toContain("Nothing was published: the build stopped (what it said is above). The live site is unchanged.");
    expect(failed.status).toBe(1);
    // The live publication, and the one before it that undo goes back to.
    expect(records()).toEqual(before);
  });

  it("undoes the last publication: the earlier site and its content files", () => {
    const undo = publish("--undo");
    expect(undo.status).toBe(0);
    expect(page("corrected-story")).toContain("on Monday.");
    expect(undo.stdout.split("\n")).toEqual([
      expect.stringMatching(/^Deployed the earlier publication to /),
      `The live site is back as it was before the last publication, on ${FIXTURE_SITE_URL}.`,
      "Back as they were then (6):",
      `    "A story still being written" (${story("draft-story")})`,
      `    "Border crossing reopens after a week" (${story("corrected-story")})`,
      `    "Traders return to the border market" (${story("market-photo-story")})`,
      `    "Daud Karimi" (${file("authors/daud-karimi.md")})`,
      `    "About us" (${file("pages/about.md")})`,
      `    ${file("site.yml")}`,
      "New in the undone publication, now drafts (1):",
      `    "Late news from the crossing" (${story("late-story")})`,
      'Committed the content to git: "Undid the last publication: new: draft-story, late-story; updated: corrected-story; taken off: market-photo-story; reporter pages: daud-karimi; newsroom pages: about; site settings: tagline".',
      "To put the undone publication back, run npm run publish -- --undo again.",
      "",
    ]);
    expect(fs.existsSync(path.join(www, "articles", "draft-story"))).toBe(false);
    expect(page("market-photo-story")).toContain("Traders return to the border market");
    expect(read("articles/corrected-story.md")).toBe(corrected);
    expect(read("articles/market-photo-story.md")).toBe(removed);
    expect(read("articles/draft-story.md")).toBe(draft);
    expect(read("articles/late-story.md")).toMatch(/\ndraft: true\n---/);
    expect(read("authors/daud-karimi.md")).toBe(reporter);
    expect(read("pages/about.md")).toBe(about);
    expect(read("site.yml")).toBe(siteSettings);
  });

  it("undoes the undo: the stories it made drafts are published again", () => {
    const again = publish("--undo");
    expect(again.status).toBe(0);
    expect(again.stdout).toContain(`    "Late news from the crossing" (${story("late-story")})`);
    expect(page("late-story")).toContain("Late news from the crossing");
    expect(read("articles/late-story.md")).toBe(late);
    expect(read("articles/draft-story.md")).toBe(draft.replace(/^draft: true\n/m, ""));
    expect(read("site.yml")).toBe(siteSettings.replace("News from the border", "News from both sides of the border"));
    // What the next publication compares with is the site readers have: nothing changes (asked, not built).
    const next = publish();
    expect(next.stdout.slice(next.stdout.indexOf("\n\n") + 2).trim()).toBe(`What changes on ${FIXTURE_SITE_URL}:\nNo story changes on the live site.`);
  });
});
