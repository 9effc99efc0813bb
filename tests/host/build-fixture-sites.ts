// Builds the run's fixture sites (tests/host/fixture-sites.ts): npm test runs it beside the unit
// tests, so that Playwright's global setup finds them built. Usage: tsx tests/host/build-fixture-sites.ts
import { buildFixtureSites } from "./fixture-sites";

buildFixtureSites();
