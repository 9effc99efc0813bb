// Publishing a built site in one atomic step. Each build is moved into a folder of its own in
// `out.versions/`, and `out` is a symbolic link to the live one: a new link is made beside it and
// renamed over the old, which readers (and static servers following the link) see as one switch,
// with no moment when there is no site. The site it replaced is kept, as the previous version;
// older ones go. A build killed part-way leaves at most a link or a version no one points to,
// which the next build tidies (recoverInterrupted) or prunes.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { renamed } from "./file-links";
import { isRunning } from "./is-running";
import { liveSite, type OutputFolder } from "./output-folder";
import { pausePoint } from "./pause";

const incomingLink = (folder: OutputFolder) => path.join(folder.versions, ".incoming");

/** Makes the link that, renamed over `out`, makes `version` the live site in one switch; its path. */
export function linkTo(folder: OutputFolder, version: string): string {
  const link = incomingLink(folder);
  fs.rmSync(link, { force: true });
  fs.symlinkSync(path.relative(path.dirname(folder.out), version), link);
  return link;
}

/** Makes the versions folder (and so finds out whether the output's parent is writable). */
export function prepareVersions(folder: OutputFolder): void {
  fs.mkdirSync(path.dirname(folder.versions), { recursive: true });
  // Not recursive: on /proc and the like, Node's recursive mkdir can loop instead of failing.
  if (!fs.existsSync(folder.versions)) fs.mkdirSync(folder.versions);
  fs.writeFileSync(folder.marker, "This folder holds the site's versions; out links to the live one. Made by npm run build.\n");
}

/** Rolls back a switch a killed build left half done: its new link never replaced `out`. */
export function recoverInterrupted(folder: OutputFolder): void {
  fs.rmSync(incomingLink(folder), { force: true });
}

// The last moment a version was named after in this process: two in one millisecond (the tests
// publish three in a row) would otherwise share a name, and the second could not be moved in.
let lastNamed = 0;

/** A name for a new version that sorts after the others, and no other this process gave. */
function versionName(): string {
  lastNamed = Math.max(Date.now(), lastNamed + 1);
  return `${new Date(lastNamed).toISOString().replace(/[:.]/g, "-")}-${process.pid}`;
}

function moveInto(from: string, to: string): void {
  try {
    fs.renameSync(from, to);
  } catch (error) {
    // Only when out/ is on another file system than the project: copied, then the original removed.
    if (!(error instanceof Error && "code" in error && error.code === "EXDEV")) throw error;
    fs.cpSync(from, to, { recursive: true });
    fs.rmSync(from, { recursive: true, force: true });
  }
}

/** The folder this build's site becomes, in the versions folder; `abandon` removes it if the build stops first. */
export interface Publishing {
  version: string;
}

/**
 * Makes `built` the live site, as `publishing.version`. Older versions leave the versions folder at
 * once, moved into its `.removing/` and removed there by a process of their own once the site is
 * live: at 5,000 articles, removing a version's 5,700 folders and 16,000 files took a correction
 * 1.2 s. Where they cannot be moved, they are removed here.
 */
export async function publish(folder: OutputFolder, built: string, publishing: Publishing): Promise<void> {
  const { out, versions } = folder;
  moveInto(built, publishing.version);
  await pausePoint("swap: version in place");
  const link = linkTo(folder, publishing.version);
  await pausePoint("swap: new link made");
  let previous = liveSite(folder);
  if (fs.lstatSync(out, { throwIfNoEntry: false })?.isDirectory()) {
    // An older build's real out/ folder (or an empty one): it becomes a version itself, kept as the
    // previous site. Only this once is the switch two renames, with a moment between them.
    if (previous) {
      const kept = path.join(versions, `${versionName()}-before-versions`);
      fs.renameSync(out, kept);
      previous = kept;
    } else {
      fs.rmdirSync(out);
    }
  }
  fs.renameSync(link, out);
  await pausePoint("swap: switched");
  try {
    retireOlderVersions(folder, [publishing.version, previous]);
  } catch {
    // The new site is live; what is left of older versions, the next build retires.
  }
}

/** The folder of versions being removed, inside the versions folder: on its disk, and the build's own. */
export const removingFolder = (folder: OutputFolder) => path.join(folder.versions, ".removing");

function retireOlderVersions(folder: OutputFolder, live: (string | undefined)[]): void {
  const older = fs.readdirSync(folder.versions).filter((name) => ![...live, folder.marker, removingFolder(folder)].includes(path.join(folder.versions, name)));
  if (older.length === 0) return;
  const retired = retiredInto(removingFolder(folder));
  for (const name of older) {
    const version = path.join(folder.versions, name);
    if (!(retired && renamed(version, path.join(retired, name)))) fs.rmSync(version, { recursive: true, force: true });
  }
  if (retired) removeInBackground(removingFolder(folder), retired);
}

// A folder of versions to remove, named after the build that retired it or the remover that claimed it.
const RETIRED = /^(\d+)-[0-9a-f]{8}$/;

/** A new folder in `removing` for this build's old versions; undefined if it cannot be made there. */
function retiredInto(removing: string): string | undefined {
  const retired = path.join(removing, `${process.pid}-${randomBytes(4).toString("hex")}`);
  try {
    fs.mkdirSync(retired, { recursive: true });
    // Never through a link: what is moved in goes nowhere but the versions folder.
    return fs.lstatSync(removing).isDirectory() ? retired : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Removes `retired`, and what no running process is removing in `removing` (a remover killed, or
 * one that never started), in a process that outlives the build (scripts/build/remove-retired.ts:
 * detached, its output nowhere) and ends when they are gone.
 */
function removeInBackground(removing: string, retired: string): void {
  const left = fs.readdirSync(removing).filter((name) => {
    const pid = Number(RETIRED.exec(name)?.[1]);
    return pid && pid !== process.pid && !isRunning(pid);
  });
  const folders = [retired, ...left.map((name) => path.join(removing, name))];
  const remover = spawn(process.execPath, ["--import", "tsx", path.join(__dirname, "remove-retired.ts"), ...folders], { detached: true, stdio: "ignore" });
  // Not started (no memory for a process): the next build hands them to its remover.
  remover.on("error", () => undefined);
  remover.unref();
}

export function newVersion(folder: OutputFolder): Publishing {
  return { version: path.join(folder.versions, versionName()) };
}

/** Removes what a build that stopped wrote to the versions folder; the live site is left alone. */
export function abandon(folder: OutputFolder, publishing: Publishing): void {
  const live = liveSite(folder);
  if (live === publishing.version) return;
  fs.rmSync(publishing.version, { recursive: true, force: true });
  fs.rmSync(incomingLink(folder), { force: true });
  // A first build that failed leaves no versions folder behind either.
  const left = fs.existsSync(folder.versions) ? fs.readdirSync(folder.versions) : [];
  if (!live && left.every((name) => path.join(folder.versions, name) === folder.marker)) fs.rmSync(folder.versions, { recursive: true, force: true });
}
