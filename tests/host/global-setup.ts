// The global setup of vitest and of Playwright alike: the run's shared folder (tests/host/test-run.ts).
import { startTestRun } from "./test-run";

export default function setup(): () => void {
  return startTestRun();
}
