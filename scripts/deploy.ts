// `npm run deploy -- <destination>`: puts the built site (out/, or OUT_DIR) where the web server
// serves it. A folder on this machine is brought up to date in place (scripts/deploy/copy-site.ts);
// an rsync destination (user@host:/var/www/site/) is updated in the same three passes by rsync
// (scripts/deploy/rsync-site.ts). Either is checked first, and a refusal comes before anything is copied.
import path from "node:path";
import { config } from "../lib/config";
import { SITE_SETTINGS_FILE } from "../lib/site-settings";
import { builtForProblem } from "./deploy/built-for";
import { copySite, destinationProblem } from "./deploy/copy-site";
import { isRemote, rsyncDestinationProblem, rsyncSite } from "./deploy/rsync-site";

const site = process.env.OUT_DIR ?? "out";
const destination = process.argv[2];

if (!destination) {
  console.error("Name where the site goes: npm run deploy -- /var/www/news (a folder) or npm run deploy -- user@host:/var/www/news/ (rsync)");
  process.exit(1);
}
const remote = isRemote(destination);
const settingsFile = path.relative(process.cwd(), path.join(config.CONTENT_DIR, SITE_SETTINGS_FILE));
const problem =
  builtForProblem(site, { url: config.siteUrl, isSet: config.siteUrlIsSet, settingsFile }) ??
  (remote ? rsyncDestinationProblem(site, destination) : destinationProblem(site, destination));
if (problem) {
  console.error(`${problem}. Nothing was copied.`);
  process.exit(1);
}
if (remote) {
  const ok = rsyncSite(site, destination);
  console.log(ok ? `Deployed ${site}/ to ${destination}.` : `The deploy to ${destination} stopped; run it again to finish.`);
  process.exit(ok ? 0 : 1);
}
const { assets, pages, removed, unchanged } = copySite(site, destination);
console.log(
  `Deployed ${site}/ to ${path.resolve(destination)}: ${assets} new or changed assets, then ${pages} pages, then ${removed} files the site no longer has removed (${unchanged} unchanged).`,
);
