// The deploy to another machine, over rsync and ssh (user@host:/var/www/news/): the same three
// passes as a folder here (assets, then pages, then what the site no longer has), and the same
// rules (./destination-rules.ts). Before anything is copied, rsync itself lists the destination,
// so the check needs nothing on the server that the deploy does not need anyway. ssh's options
// (port, key) go in RSYNC_RSH, which rsync reads for every one of these runs.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DEPLOY_MARKER, DEPLOY_MARKER_TEXT, notOursProblem, PAGE_EXTENSIONS, PAGE_NAMES, sharedFolderProblem, siteProblem } from "./destination-rules";

/** rsync's own form, a colon before any slash: host:path, user@host:/var/www/; a Windows drive (C:\) is a folder. */
export const isRemote = (target: string) => /^[^/\\]+:/.test(target) && !/^[A-Za-z]:[\\/]/.test(target);

// rsync's exit code when it ran but some file could not be read: here, a path that is not there.
const SOME_FILES_FAILED = 23;

interface Listing {
  status: number | null;
  /** One line a file: permissions (their first letter the kind), size, date, time, name. */
  lines: string[];
  said: string;
}

function run(args: string[], quiet: boolean): Listing {
  const result = spawnSync("rsync", args, { encoding: "utf8", stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit" });
  const said = result.error ? `rsync could not be run (${result.error.message}): install it, or deploy to a folder` : (result.stderr ?? "").trim();
  if (result.error && !quiet) console.error(said);
  return { status: result.status, lines: (result.stdout ?? "").split("\n").filter(Boolean), said };
}

const list = (target: string) => run(["--list-only", target], true);

// A listed file's name: what follows the time (rsync writes unusual characters as \#ooo, so one line is one file).
const nameOf = (line: string) => /^\S+\s+\S+\s+\S+\s+\S+ (.*)$/.exec(line)?.[1] ?? line;

/** The destination's host (user@host) and path, the path without the slashes that end it. */
function parts(destination: string): { host: string; folder: string } {
  // An IPv6 address is in brackets: user@[::1]:/var/www/.
  const colon = destination.indexOf(":", /^[^:]*\[[^\]]*\]/.exec(destination)?.[0].length ?? 0);
  return { host: destination.slice(0, colon), folder: destination.slice(colon + 1).replace(/(.)\/+$/, "$1") };
}

/** What the path names if it is a folder no site may have to itself: the remote user's home folder, the root, or above the home folder. */
function sharedFolder(folder: string): string | undefined {
  if (/^~[^/]*$/.test(folder)) return "the home folder";
  // The other forms rsync passes on: relative to the home folder (~/x is x), or absolute.
  const normal = path.posix.normalize(folder.replace(/^~\//, "") || ".");
  if (normal === "/") return "the root folder";
  if (normal === "." || normal === "./") return "the home folder";
  if (normal === ".." || normal.startsWith("../")) return "above the home folder";
  return undefined;
}

/** Why `site` must not be deployed to the rsync destination `destination`, if it must not: asked before anything is copied. */
export function rsyncDestinationProblem(site: string, destination: string): string | undefined {
  return siteProblem(site) ?? rsyncFolderProblem(destination);
}

/** Why no site may be deployed to the rsync destination `destination`, if none may: asked before a site is built for it too. */
export function rsyncFolderProblem(destination: string): string | undefined {
  const { host, folder } = parts(destination);
  if (destination.startsWith("rsync://") || folder.startsWith(":")) {
    return `${destination} is an rsync daemon's module; the deploy goes over ssh: name the folder as host:/var/www/news/`;
  }
  // rsync hands a remote path to the remote shell and its own wildcard matching: a `*` could name
  // several folders, checked as one and written as another. A folder's name needs none of these.
  const unsafe = folder.match(/[^\w.~/-]/g);
  if (unsafe) return `${destination} has ${[...new Set(unsafe)].map((c) => `"${c}"`).join(", ")} in its path, which rsync and the remote shell read as patterns or commands: name the folder with letters, digits, ".", "-", "_" and "/" only`;
  const shared = sharedFolder(folder);
  if (shared) return sharedFolderProblem(destination, shared, `${host}:/var/www/news/`);

  const itself = list(`${host}:${folder}`);
  if (itself.status === SOME_FILES_FAILED) {
    // Not there: rsync creates it, if the folder above it is there.
    const above = path.posix.dirname(folder);
    if (list(`${host}:${above.replace(/\/$/, "")}/`).status === 0) return undefined;
    return `Neither ${destination} nor the folder above it (${above}) is there or can be read: create the folder above it first (rsync said: ${itself.said})`;
  }
  if (itself.status !== 0) return `rsync could not list ${destination}, so nothing was checked (rsync said: ${itself.said})`;
  const kind = itself.lines[0]?.[0];
  if (kind === "l") return `${destination} is a symbolic link: name the folder itself`;
  if (kind !== "d") return `${destination} is a file, not a folder`;
  const inside = list(`${host}:${folder}/`);
  if (inside.status !== 0) return `rsync could not list what ${destination} holds (rsync said: ${inside.said})`;
  return notOursProblem(destination, inside.lines.map(nameOf).filter((name) => name !== "."));
}

/** Brings the rsync destination to exactly the files of `site`, in the order that never serves a page half-updated. */
export function rsyncSite(site: string, destination: string): boolean {
  const { host, folder } = parts(destination);
  const pass = (args: string[], from = site, to = destination) =>
    run(["--recursive", "--links", "--times", "--checksum", ...args, `${from}/`, to], false).status === 0;
  // Marked before the first copy (a deploy that stops halfway leaves a folder the next one may
  // finish); a marker already there is kept as it is.
  const marker = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-deploy-marker-"));
  try {
    // A missing destination is made from this folder, with its mode: mkdtemp's 0700 would keep the web server out.
    fs.chmodSync(marker, 0o755);
    fs.writeFileSync(path.join(marker, DEPLOY_MARKER), DEPLOY_MARKER_TEXT);
    if (!pass(["--ignore-existing"], marker, `${host}:${folder}/`)) return false;
  } finally {
    fs.rmSync(marker, { recursive: true, force: true });
  }
  // --delete touches only the destination folder, and never the marker (protected, as the site has none).
  return (
    pass([...PAGE_EXTENSIONS.map((extension) => `--exclude=*.${extension}`), ...PAGE_NAMES.map((name) => `--exclude=${name}`)]) &&
    pass([]) &&
    pass(["--delete", `--filter=protect /${DEPLOY_MARKER}`])
  );
}
