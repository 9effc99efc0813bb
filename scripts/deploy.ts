// `npm run deploy -- <destination>`: puts the built site (out/, or OUT_DIR) where the web server
// serves it. A folder on this machine is brought up to date in place (scripts/deploy/copy-site.ts);
// an rsync destination (user@host:/var/www/site/) is updated in the same three passes by rsync
// (scripts/deploy/rsync-site.ts). Either is checked first, the site included (built for the site's
// address, scripts/deploy/built-for.ts), and a refusal comes before anything is copied.
import { deployProblem, deploySite } from "./deploy/deploy-site";

const site = process.env.OUT_DIR ?? "out";
const destination = process.argv[2];

if (!destination) {
  console.error("Name where the site goes: npm run deploy -- /var/www/news (a folder) or npm run deploy -- user@host:/var/www/news/ (rsync)");
  process.exit(1);
}
const problem = deployProblem(site, destination);
if (problem) {
  console.error(`${problem}. Nothing was copied.`);
  process.exit(1);
}
const { ok, said } = deploySite(site, destination);
console.log(said);
process.exit(ok ? 0 : 1);
