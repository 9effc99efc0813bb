// `npm run deploy -- <destination>`: puts the built site (out/, or OUT_DIR) where the web server
// serves it. A folder on this machine is brought up to date in place (scripts/deploy/copy-site.ts);
// an rsync destination (user@host:/var/www/site/) is updated in the same three passes by rsync.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { copySite, destinationProblem } from "./deploy/copy-site";

const site = process.env.OUT_DIR ?? "out";
const destination = process.argv[2];

// rsync's own form, a colon before any slash: host:path, user@host:/var/www/; a Windows drive (C:\) is a folder.
const isRemote = (target: string) => /^[^/\\]+:/.test(target) && !/^[A-Za-z]:[\\/]/.test(target);

function rsync(args: string[]): boolean {
  const result = spawnSync("rsync", ["--recursive", "--links", "--times", "--checksum", ...args, `${site}/`, destination], { stdio: "inherit" });
  if (result.error) console.error(`rsync could not be run (${result.error.message}): install it, or deploy to a folder`);
  return result.status === 0;
}

if (!destination) {
  console.error("Name where the site goes: npm run deploy -- /var/www/news (a folder) or npm run deploy -- user@host:/var/www/news/ (rsync)");
  process.exit(1);
}
if (isRemote(destination)) {
  // Assets, then pages, then what the site no longer has; --delete touches only the destination folder.
  const ok =
    rsync(["--exclude=*.html", "--exclude=*.xml", "--exclude=*.json", "--exclude=*.txt", "--exclude=_headers"]) && rsync([]) && rsync(["--delete"]);
  console.log(ok ? `Deployed ${site}/ to ${destination}.` : `The deploy to ${destination} stopped; run it again to finish.`);
  process.exit(ok ? 0 : 1);
}
const problem = destinationProblem(site, destination);
if (problem) {
  console.error(`${problem}. Nothing was copied.`);
  process.exit(1);
}
const { assets, pages, removed, unchanged } = copySite(site, destination);
console.log(
  `Deployed ${site}/ to ${path.resolve(destination)}: ${assets} new or changed assets, then ${pages} pages, then ${removed} files the site no longer has removed (${unchanged} unchanged).`,
);
