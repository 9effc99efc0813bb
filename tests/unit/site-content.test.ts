// The site's own content/, checked the way an editor checks it (`npm run check`): nothing in it
// stops publishing. With launch-article.test.ts, the only test that reads content/; every other
// test runs on tests/fixtures, so adding or correcting an article never changes its result.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, it } from "vitest";
import { ROOT } from "./helpers";

// Its own process, as an editor runs it: give it the time check-script.test.ts gives.
it("npm run check finds no error in content/", { timeout: 60_000 }, () => {
  const { CONTENT_DIR, PUBLIC_DIR, ...env } = process.env;
  const run = spawnSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/check.ts"], { cwd: ROOT, env, encoding: "utf8" });

  expect(run.stdout, run.stderr).toMatch(/^Checked \d+ articles? .*: (no problems; ready to publish|.*warnings do not stop the build)\.\n$/);
  expect(run.status, run.stderr).toBe(0);
});
