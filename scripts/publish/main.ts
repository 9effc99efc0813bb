// One publication, in the order an editor would do it by hand, stopping at the first problem with
// what to do about it: the check; what changes on the live site, sentence by sentence
// (./site-changes.ts), compared with the content the live publication was built from
// (./publications.ts); a yes; the build, for the site's address; the deploy; and a git commit of
// the content. And the undo: the publication before the live one deployed again, and its story
// files put back (./restore-content.ts).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { config } from "../../lib/config";
import { readContent } from "../../lib/pipeline";
import { liveSite } from "../build/output-folder";
import { deployProblem, deploySite, settingsFile } from "../deploy/deploy-site";
import { commitContent } from "./commit-content";
import { copyContent, keepContent, livePublication, makeLive, previousPublication, publications, type Publication, type Publications } from "./publications";
import { restoreContent } from "./restore-content";
import { describeSiteChanges, nameChanges, publishedStory, siteChanges, storyFile, type PublishedStory, type SiteChanges } from "./site-changes";

const fileOf = (slug: string) => storyFile(config.CONTENT_DIR, slug);

/** The stories published from `contentDir` as of `at`. */
function publishedFrom(contentDir: string, at: number): PublishedStory[] {
  return readContent({ contentDir, publicDir: config.PUBLIC_DIR }, at)
    .articles.filter((article) => article.status === "published")
    .map(publishedStory);
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
  const now = Date.now();
  const live = livePublication(where);
  const changes = siteChanges(live ? publishedFrom(live.contentDir, live.checkedAt) : [], publishedFrom(config.CONTENT_DIR, now));
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

  const before = liveSite(where.folder);
  const copy = copyContent(where, config.CONTENT_DIR, now);
  console.log(`Building the site for ${config.siteUrl}...`);
  const build = tsx("scripts/build.ts", { OUT_DIR: where.folder.out }, true);
  const site = liveSite(where.folder);
  if (build.status !== 0 || !site || site === before) {
    fs.rmSync(copy, { recursive: true, force: true });
    console.error(`${build.stdout}${build.stderr}`.trim());
    console.error("Nothing was published: the build stopped (what it said is above). The live site is unchanged.");
    return false;
  }
  keepContent(where, copy);

  const problem = deployProblem(site, to);
  if (problem) {
    forget(where, site, before);
    console.error(`Nothing was published: ${problem}. The live site is unchanged.`);
    return false;
  }
  const deployed = deploySite(site, to, "the site");
  console.log(deployed.said);
  if (!deployed.ok) {
    forget(where, site, before);
    console.error("The publication did not finish: run npm run publish again.");
    return false;
  }
  const named = nameChanges(changes);
  const committed = commitContent(config.CONTENT_DIR, named ? `Published: ${named}` : "Published: no story changed");
  if (committed) console.log(committed);
  console.log(`Published to ${config.siteUrl}. To put the earlier version back: npm run publish -- --undo`);
  return true;
}

const title = (stories: readonly PublishedStory[], slug: string) => stories.find((story) => story.slug === slug)?.title ?? slug;

function undo(where: Publications, to: string): boolean {
  const live = livePublication(where);
  const back: Publication | undefined = previousPublication(where);
  if (!live || !back) {
    console.error("Nothing was undone: there is no earlier publication from this folder to go back to.");
    return false;
  }
  const undone = publishedFrom(live.contentDir, live.checkedAt);
  const earlier = publishedFrom(back.contentDir, back.checkedAt);
  const changes: SiteChanges = siteChanges(earlier, undone);
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
  const slugs = [...changes.added, ...changes.updated.map(({ after }) => after), ...changes.removed].map((story) => story.slug);
  const { restored, drafted, leftAlone } = restoreContent(config.CONTENT_DIR, live.contentDir, back.contentDir, slugs);
  const named = (slug: string) => `    "${title([...earlier, ...undone], slug)}" (${fileOf(slug)})`;
  console.log(`The live site is back as it was before the last publication, on ${config.siteUrl}.`);
  if (restored.length > 0) console.log(`Back as they were then (${restored.length}):\n${restored.map(named).join("\n")}`);
  if (drafted.length > 0) console.log(`New in the undone publication, now drafts (${drafted.length}):\n${drafted.map(named).join("\n")}`);
  if (leftAlone.length > 0) console.log(`Changed since, so left as they are, and not on the site as they are (${leftAlone.length}):\n${leftAlone.map(named).join("\n")}`);
  if (slugs.length === 0) console.log("No story had changed in that publication.");
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
  return args.includes("--undo") ? undo(where, to) : publish(where, to, args.includes("--yes"));
}
