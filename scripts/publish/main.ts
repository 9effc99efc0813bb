// One publication, in the order an editor would do it by hand, stopping at the first problem with
// what to do about it: the check; what changes on the live site, sentence by sentence
// (./site-changes.ts), compared with the content the live publication was built from
// (./publications.ts); a yes; the build, for the site's address; the deploy; and a git commit of
// the content. The destination is checked before anything is built; the summary is of a copy of
// the content taken then, and nothing goes out if the content changes before the site is built
// from it. And the undo: the publication before the live one deployed again, and its content files
// put back (./restore-content.ts).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { config } from "../../lib/config";
import { readContent } from "../../lib/pipeline";
import { readSiteSettings } from "../../lib/site-settings";
import { plainMessage } from "../build/failure";
import { liveSite } from "../build/output-folder";
import { deployProblem, deploySite, placeProblem, settingsFile } from "../deploy/deploy-site";
import { commitContent } from "./commit-content";
import { changedFiles, copyContent, holdPrevious, keepContent, livePublication, makeLive, previousPublication, pruneContent, publications, recoverHeld, type Publications } from "./publications";
import { isStory, restoreContent, storyPath } from "./restore-content";
import { changesNothing, contentFile, describeSiteChanges, nameChanges, publishedSite, siteChanges, type PublishedSite } from "./site-changes";

const fileOf = (file: string) => contentFile(config.CONTENT_DIR, file);

/** What the content in `contentDir` puts on the site as of `at`. */
function publishedFrom(contentDir: string, at: number): PublishedSite {
  const settings = readSiteSettings(contentDir);
  return publishedSite(readContent({ contentDir, publicDir: config.PUBLIC_DIR }, at, settings.timeZone), settings);
}

const tsx = (script: string, env: Record<string, string> = {}, quiet = false) =>
  spawnSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), script], {
    stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    env: { ...process.env, ...env },
    encoding: "utf8",
  });

async function saidYes(question: string, yes: boolean): Promise<boolean | "cannot ask"> {
  if (yes) return true;
  if (!process.stdin.isTTY) return "cannot ask";
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await prompt.question(question);
  prompt.close();
  return /^y(es)?$/i.test(answer.trim());
}

/** Where the site goes, or undefined after saying how to set it. */
function destination(): string | undefined {
  if (config.deploy) return config.deploy;
  console.error(
    `Nothing was published: ${settingsFile()} does not say where the site goes. Add a line such as\n` +
      "  deploy: /var/www/news                   (a folder the web server on this machine serves)\n" +
      "  deploy: editor@news.example.org:/var/www/news/   (another machine, over rsync)",
  );
  return undefined;
}

/** Lets go of a publication that never reached readers: the live one is again the one before it. */
function forget(where: Publications, site: string, before: string | undefined): void {
  if (before) makeLive(where, before);
  else fs.rmSync(where.folder.out, { force: true });
  fs.rmSync(site, { recursive: true, force: true });
  fs.rmSync(path.join(where.content, path.basename(site)), { recursive: true, force: true });
}

/** Why the content no longer is the `reviewed` copy, `when` (a phrase), if it is not. */
function changedSince(reviewed: string, when: string): string | undefined {
  const changed = changedFiles(reviewed, config.CONTENT_DIR);
  if (changed.length === 0) return undefined;
  return `the content changed ${when} (${changed.map(fileOf).join(", ")}), so the site would not be what the summary showed. Run npm run publish again to see what changes now`;
}

/** Builds the content, the same as the `reviewed` copy, and deploys it; true when it went out, and then the copy is kept as its content. */
function buildAndDeploy(where: Publications, to: string, reviewed: string): boolean {
  const before = liveSite(where.folder);
  console.log(`Building the site for ${config.siteUrl}...`);
  const build = tsx("scripts/build.ts", { OUT_DIR: where.folder.out }, true);
  const site = liveSite(where.folder);
  // A build that stopped after its swap (writing the nginx configuration) has made its site the
  // live one here: it is let go, so that what publish knows stays what readers have.
  const letGo = () => {
    if (site && site !== before) forget(where, site, before);
  };
  if (build.status !== 0 || !site || site === before) {
    letGo();
    console.error(`${build.stdout}${build.stderr}`.trim());
    console.error("Nothing was published: the build stopped (what it said is above). The live site is unchanged.");
    return false;
  }
  const changed = changedSince(reviewed, "while the site was built");
  if (changed) {
    letGo();
    console.error(`Nothing was published: ${changed}. The live site is unchanged.`);
    return false;
  }
  // Recorded before the deploy: one stopped part-way (Ctrl-C, a lost connection) leaves readers
  // with part of this site, and the next publish or undo must know it is the live one.
  keepContent(where, reviewed);
  const problem = deployProblem(site, to);
  if (problem) {
    letGo();
    console.error(`Nothing was published: ${problem}. The live site is unchanged.`);
    return false;
  }
  let deployed: { ok: boolean; said: string };
  try {
    deployed = deploySite(site, to, "the site");
  } catch (error) {
    deployed = { ok: false, said: `The deploy to ${to} stopped: ${plainMessage(error)}` };
  }
  console.log(deployed.said);
  if (!deployed.ok) {
    letGo();
    console.error("The publication did not finish: run npm run publish again.");
    return false;
  }
  return true;
}

async function publish(where: Publications, to: string, yes: boolean): Promise<boolean> {
  console.log("Checking the content...");
  if (tsx("scripts/check.ts").status !== 0) {
    console.error("Nothing was published: fix the errors above, then run npm run publish again.");
    return false;
  }
  if (!config.siteUrlIsSet) {
    console.error(`Nothing was published: the site's address is not set. Set it in ${settingsFile()} (url: https://news.example.org).`);
    return false;
  }
  // Before the build, which takes minutes: a destination refused then would be refused after it.
  const refused = placeProblem(to);
  if (refused) {
    console.error(`Nothing was published: ${refused}. The live site is unchanged.`);
    return false;
  }
  const now = Date.now();
  // What the editor reviews, and what the build must match: the content as it is now. Kept only
  // once its site is built (keepContent moves it), removed otherwise.
  const reviewed = copyContent(where, config.CONTENT_DIR, now);
  try {
    return await publishReviewed(where, to, yes, reviewed, now);
  } finally {
    fs.rmSync(reviewed, { recursive: true, force: true });
  }
}

async function publishReviewed(where: Publications, to: string, yes: boolean, reviewed: string, now: number): Promise<boolean> {
  const live = livePublication(where);
  const next = publishedFrom(reviewed, now);
  const changes = siteChanges(live ? publishedFrom(live.contentDir, live.checkedAt) : { stories: [], reporters: [], pages: [], settings: next.settings }, next);
  console.log(live ? `\nWhat changes on ${config.siteUrl}:` : `\nThe first publication from this folder: every published story goes to ${config.siteUrl}.`);
  console.log(describeSiteChanges(changes, fileOf));
  console.log("");

  const answer = await saidYes(`Publish to ${to}? Type yes to go on: `, yes);
  if (answer === "cannot ask") {
    console.error("Nothing was published: publish asks for a yes, and there is no one here to ask. To publish without being asked, run npm run publish -- --yes");
    return false;
  }
  if (!answer) {
    console.log("Nothing was published.");
    return false;
  }
  // A colleague may have saved a file while the question was open.
  const stopped = changedSince(reviewed, "since the summary");
  if (stopped) {
    console.error(`Nothing was published: ${stopped}.`);
    return false;
  }

  const held = holdPrevious(where);
  let published = false;
  try {
    published = buildAndDeploy(where, to, reviewed);
  } finally {
    if (published) held?.drop();
    else held?.release();
  }
  if (!published) return false;
  pruneContent(where);
  const named = nameChanges(changes);
  const committed = commitContent(config.CONTENT_DIR, named ? `Published: ${named}` : "Published: no story changed");
  if (committed) console.log(committed);
  console.log(`Published to ${config.siteUrl}. To put the earlier version back: npm run publish -- --undo`);
  return true;
}

function undo(where: Publications, to: string): boolean {
  const live = livePublication(where);
  const back = previousPublication(where);
  if (!live || !back) {
    console.error("Nothing was undone: there is no earlier publication from this folder to go back to.");
    return false;
  }
  const undone = publishedFrom(live.contentDir, live.checkedAt);
  const earlier = publishedFrom(back.contentDir, back.checkedAt);
  const changes = siteChanges(earlier, undone);
  const problem = deployProblem(back.site, to);
  if (problem) {
    console.error(`Nothing was undone: ${problem}.`);
    return false;
  }
  const deployed = deploySite(back.site, to, "the earlier publication");
  console.log(deployed.said);
  if (!deployed.ok) {
    console.error("The undo did not finish: run npm run publish -- --undo again.");
    return false;
  }
  makeLive(where, back.site);
  const stories = [...changes.added, ...changes.updated.map(({ after }) => after), ...changes.removed].map((story) => storyPath(story.slug));
  const others = changedFiles(live.contentDir, back.contentDir).filter((file) => !isStory(file));
  const { restored, drafted, kept, leftAlone } = restoreContent(config.CONTENT_DIR, live.contentDir, back.contentDir, [...stories, ...others]);
  const titles = new Map(
    [earlier, undone].flatMap((site) => [
      ...site.stories.map((story): [string, string] => [storyPath(story.slug), story.title]),
      ...[...site.reporters, ...site.pages].map((page): [string, string] => [page.file, page.title]),
    ]),
  );
  const listed = (heading: string, files: readonly string[]) => {
    const named = (file: string) => `    ${titles.has(file) ? `"${titles.get(file)}" (${fileOf(file)})` : fileOf(file)}`;
    if (files.length > 0) console.log(`${heading} (${files.length}):\n${files.map(named).join("\n")}`);
  };
  console.log(`The live site is back as it was before the last publication, on ${config.siteUrl}.`);
  listed("Back as they were then", restored);
  listed("New in the undone publication, now drafts", drafted);
  listed("New in the undone publication and left in place, so the next publication shows them again (delete them to keep them off)", kept);
  listed("Changed since, so left as they are, and not on the site as they are", leftAlone);
  if (changesNothing(changes) && others.length === 0) console.log("Nothing on the site had changed in that publication.");
  const committed = commitContent(config.CONTENT_DIR, `Undid the last publication: ${nameChanges(changes) || "no story changed"}`);
  if (committed) console.log(committed);
  console.log("To put the undone publication back, run npm run publish -- --undo again.");
  return true;
}

/** Runs `npm run publish` with `args`; true when it did what was asked. */
export async function main(args: readonly string[]): Promise<boolean> {
  const unknown = args.filter((arg) => arg !== "--yes" && arg !== "--undo");
  if (unknown.length > 0) {
    console.error(`npm run publish takes --yes (publish without asking) or --undo (put the earlier publication back); not ${unknown.join(" ")}`);
    return false;
  }
  const to = destination();
  if (!to) return false;
  const where = publications(process.cwd());
  recoverHeld(where);
  return args.includes("--undo") ? undo(where, to) : publish(where, to, args.includes("--yes"));
}
