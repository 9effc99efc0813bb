// Vitest's global setup: the run's shared folder (tests/host/test-run.ts). Playwright's, which also
// builds and serves the fixture sites, is tests/e2e/global-setup.ts.
import { startTestRun } from "./test-run";

export default function setup(): () => void {
  return startTestRun();
}
