// Builds the run's fixture sites (tests/host/fixture-sites.ts), or those named: npm test runs it
// beside the unit tests, so that Playwright's global setup finds them built.
// Usage: tsx tests/host/build-fixture-sites.ts [name...]
import { buildFixtureSites, fixtureSite, FIXTURE_SITES, type FixtureSiteName } from "./fixture-sites";

const isSiteName = (name: string): name is FixtureSiteName => name in FIXTURE_SITES;
const named = process.argv.slice(2);
const unknown = named.filter((name) => !isSiteName(name));
if (unknown.length > 0) throw new Error(`no fixture site is named ${unknown.join(", ")}: the names are ${Object.keys(FIXTURE_SITES).join(", ")}`);
if (named.length === 0) {
  buildFixtureSites().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
else for (const name of named.filter(isSiteName)) fixtureSite(name);
