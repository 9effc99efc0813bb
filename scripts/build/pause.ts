// Tests kill the build at each step to prove that out/ is always the old site or the new one
// (tests/build/interrupted-build.test.ts). BUILD_PAUSE_AT names the point: the build says so
// on stdout and waits there, to be killed.
import { config } from "../../lib/config";

export async function pausePoint(point: string): Promise<void> {
  if (config.BUILD_PAUSE_AT !== point) return;
  console.log(`Paused at ${point}.`);
  await new Promise(() => setInterval(() => {}, 60_000));
}
