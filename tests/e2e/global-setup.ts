// Playwright's global setup: the run's folder (tests/host/test-run.ts), every fixture site the specs
// open built before any worker starts (so no test waits in a hook for another's build), and the two
// builds of the fixture content served with their own headers on the ports the projects name.
import { buildFixtureSites, fixtureSite } from "../host/fixture-sites";
import { serveWithHeaders } from "../host/serve-with-headers";
import { startTestRun } from "../host/test-run";
import { builds } from "./builds";

export default async function globalSetup(): Promise<() => Promise<void>> {
  const endRun = startTestRun();
  try {
    await buildFixtureSites();
    const hosts = await Promise.all(builds.map((build) => serveWithHeaders(fixtureSite(build.site), build.port)));
    for (const host of hosts) console.log(`serving the fixture site at ${host.origin}`);
    return async () => {
      await Promise.all(hosts.map((host) => host.close()));
      endRun();
    };
  } catch (error) {
    endRun();
    throw error;
  }
}
