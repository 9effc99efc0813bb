// The fixture sites tests read but never change, each built once a run by the real build, into the
// run's folder (tests/host/test-run.ts), whichever runner or worker asks first; the others wait
// for it, and then read the same files. Playwright's global setup builds all of them before its
// workers start (tests/e2e/global-setup.ts). A test that changes content builds a copy of its own.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { writeHostileContent } from "../fixtures/hostile-content";
import { HOSTILE_PUBLIC_FILES } from "../fixtures/hostile-public";
import { writeLongLists } from "../fixtures/long-lists";
import { runBuild, takeTurn, type BuildSettings } from "./build-site";
import { noNetworkEnv } from "./no-network";
import { projectCopy } from "./project-copy";
import { testRunDir } from "./test-run";

interface FixtureSite {
  /** The content folder, or what writes it into the folder it is given. */
  content: string | ((contentDir: string) => void);
  publicDir?: string;
  settings?: BuildSettings;
  /** Built in a copy of the project (tests/host/project-copy.ts) rather than the project. */
  project?: () => string;
}

/** The address the sites built for the web are built for (the others are local builds, for this machine). */
export const FIXTURE_SITE_URL = "https://news.example.org";

const FIXTURES = path.resolve("tests/fixtures");
const PUBLIC = path.join(FIXTURES, "public");
const withRuntime = (site: FixtureSite): FixtureSite => ({ ...site, settings: { ...site.settings, FRAMEWORK_RUNTIME: "keep" } });

// The tests' own content, never content/ (tests/unit/tests-use-fixtures.test.ts).
const fixture: FixtureSite = { content: path.join(FIXTURES, "content"), publicDir: PUBLIC };
const hostileContent: FixtureSite = { content: writeHostileContent, settings: { SITE_URL: FIXTURE_SITE_URL } };

export const FIXTURE_SITES = {
  /** tests/fixtures/content, built the default way: the site most end-to-end tests open. */
  fixture,
  /** The same, with Next.js's runtime kept (FRAMEWORK_RUNTIME=keep), to compare the two. */
  "fixture-with-runtime": withRuntime(fixture),
  /** A story in three languages, one in two, one alone, a draft and a scheduled version, built for the web. */
  editions: { content: path.join(FIXTURES, "editions/content"), publicDir: PUBLIC, settings: { SITE_URL: FIXTURE_SITE_URL } },
  /** Search, reporters, the archive and the newsroom's pages: read alike with the runtime or without (playwright.config.ts), so built without. */
  readers: { content: path.join(FIXTURES, "readers/content"), publicDir: path.join(FIXTURES, "readers/public") },
  /** Lists long enough to go on over numbered pages (tests/fixtures/long-lists.ts). */
  "long-lists": { content: writeLongLists, publicDir: PUBLIC },
  /** Every attack string in every field (tests/fixtures/hostile-content.ts). */
  "hostile-content": hostileContent,
  "hostile-content-with-runtime": withRuntime(hostileContent),
  /** The fixture content, built in a copy of the project whose public/ holds files that could run script (tests/fixtures/hostile-public.ts). */
  "hostile-public": { ...fixture, project: () => projectCopy("hostile-public", HOSTILE_PUBLIC_FILES) },
} satisfies Record<string, FixtureSite>;

export type FixtureSiteName = keyof typeof FIXTURE_SITES;

const siteDir = (name: FixtureSiteName) => path.join(testRunDir(), "sites", name);

/** Where the site `name` is, built or not: for a test that knows it was built (Playwright's global setup did). */
export const fixtureSiteOut = (name: FixtureSiteName) => path.join(siteDir(name), "out");

/** The folder of the site `name`, built first if this run has not built it yet; throws with the build's output if it failed. */
export function fixtureSite(name: FixtureSiteName): string {
  const dir = siteDir(name);
  const built = path.join(dir, "built");
  const failed = path.join(dir, "failed");
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const done = takeTurn(`${dir}.lock`);
  try {
    // A build that failed once fails every test that needs it, each saying why, and is not tried again.
    if (fs.existsSync(failed)) throw new Error(`the fixture site ${name} could not be built:\n${fs.readFileSync(failed, "utf8")}`);
    if (fs.existsSync(built)) return fixtureSiteOut(name);
    const site: FixtureSite = FIXTURE_SITES[name];
    fs.mkdirSync(dir, { recursive: true });
    const contentDir = typeof site.content === "string" ? site.content : path.join(dir, "content");
    if (typeof site.content === "function") site.content(contentDir);
    const started = performance.now();
    // Without the network: every fixture build proves that a build reaches no other machine.
    const attempts = path.join(dir, "network-attempts.log");
    const { status, output } = runBuild(
      { CONTENT_DIR: contentDir, OUT_DIR: fixtureSiteOut(name), ...(site.publicDir && { PUBLIC_DIR: site.publicDir }), ...site.settings, ...noNetworkEnv(attempts) },
      { project: site.project?.() },
    );
    if (status !== 0 || fs.existsSync(attempts)) {
      const reached = fs.existsSync(attempts) ? `The build tried to reach the network:\n${fs.readFileSync(attempts, "utf8")}\n` : "";
      fs.writeFileSync(failed, `${reached}${output}`);
      throw new Error(`the fixture site ${name} could not be built:\n${reached}${output}`);
    }
    fs.writeFileSync(built, "");
    console.log(`Built the fixture site ${name} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    return fixtureSiteOut(name);
  } finally {
    done();
  }
}

/**
 * Builds every fixture site this run has not built yet: before Playwright's workers start, or beside
 * the unit tests (tests/run.ts). Those in copies of the project are built at the same time as the
 * project's own, each in a process of its own; the project's own take turns.
 */
export async function buildFixtureSites(): Promise<void> {
  const names = Object.keys(FIXTURE_SITES) as FixtureSiteName[];
  const inCopies = names.filter((name) => "project" in FIXTURE_SITES[name]);
  const elsewhere = inCopies.map(
    (name) =>
      new Promise<void>((resolve) =>
        spawn(process.execPath, ["--import", "tsx", path.resolve("tests/host/build-fixture-sites.ts"), name], { stdio: "inherit" }).once("close", () => resolve()),
      ),
  );
  for (const name of names.filter((name) => !inCopies.includes(name))) fixtureSite(name);
  await Promise.all(elsewhere);
  // Each says why it failed, if it did.
  for (const name of inCopies) fixtureSite(name);
}
