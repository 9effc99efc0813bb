// What every deploy holds to, to a folder on this machine or over rsync, before it copies or
// deletes anything: the site is built, and the destination is a folder of the site's own, which
// the deploy will make exactly the site's files. So it is never the root or a home folder, and it
// is empty, missing, or marked by an earlier deploy: a folder holding anything else is refused
// rather than emptied.
import fs from "node:fs";
import path from "node:path";

/** Left in the destination, so that a later deploy knows the folder is the site's to replace. */
export const DEPLOY_MARKER = ".newsroom-deployed";

export const DEPLOY_MARKER_TEXT = "Deployed by npm run deploy: the site's files, replaced on each deploy.\n";

// The files that refer to others (pages, feeds, the host's headers): every deploy writes them
// after everything they may refer to, so a reader never meets a page whose styles are not there yet.
export const PAGE_EXTENSIONS = ["html", "xml", "json", "txt"];
export const PAGE_NAMES = ["_headers"];

/** Why `site` is not a site to deploy, if it is not. */
export function siteProblem(site: string): string | undefined {
  if (!fs.existsSync(path.join(path.resolve(site), "index.html"))) return `${site} holds no built site (no index.html): run npm run build first`;
  return undefined;
}

/** The refusal of a destination that is `what` ("the root folder", "the home folder"), with an `example` of one to name instead. */
export function sharedFolderProblem(destination: string, what: string, example: string): string {
  return `${destination} is ${what}, and a deploy deletes whatever its folder holds besides the site. Name a folder of the site's own, such as ${example}`;
}

/** Why a folder holding `names` (its own entries) is not the site's to replace, if it is not. */
export function notOursProblem(destination: string, names: string[]): string | undefined {
  if (names.length === 0 || names.includes(DEPLOY_MARKER)) return undefined;
  return `${destination} already holds files this command did not put there; deploying would delete them. Deploy into an empty folder (or one deployed to before)`;
}
