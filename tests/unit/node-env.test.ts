// A build under NODE_ENV=development would put drafts in the snapshot Next.js reads: the build
// refuses any NODE_ENV but production before it reads a setting or a file. It stops before any
// work, so it runs in a throwaway stand-in for the project, whose whole tree is compared before and after.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runBuild } from "../host/build-site";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-node-env-"));
const project = path.join(root, "project");
fs.mkdirSync(path.join(project, "content/articles"), { recursive: true });
fs.writeFileSync(path.join(project, "content/articles/draft.md"), "an editor's draft");
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const tree = () =>
  fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .map((entry) => `${path.relative(root, path.join(entry.parentPath, entry.name))} ${fs.lstatSync(path.join(entry.parentPath, entry.name)).mtimeMs}`)
    .sort();

describe("NODE_ENV", { timeout: 60_000 }, () => {
  it.each(["development", "test"])("%s: the build refuses it in plain words before anything runs", (value) => {
    const before = tree();
    // A wrong setting too: NODE_ENV is judged before the settings are read.
    const { status, stdout, stderr } = runBuild({ NODE_ENV: value, FRAMEWORK_RUNTIME: "bogus" }, { project });
    expect(stderr.trim()).toBe(
      `Nothing was built: NODE_ENV is "${value}", but the build makes the site for readers, with NODE_ENV unset or production (development is the preview's, npm run dev, which shows drafts). Unset NODE_ENV and run the build again.`,
    );
    expect(stdout).toBe("");
    expect(status).toBe(1);
    expect(tree()).toEqual(before);
  });
});
