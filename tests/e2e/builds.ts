import { test } from "@playwright/test";
import { fixtureSiteOut, type FixtureSiteName } from "../host/fixture-sites";

// The sites most end-to-end tests run against: the fixture content (tests/fixtures/content, images
// in tests/fixtures/public) built the default way, without the Next.js runtime, and built with it
// (FRAMEWORK_RUNTIME=keep), each once a run (tests/host/fixture-sites.ts) and served by Playwright's
// global setup (tests/e2e/global-setup.ts). Never content/: editors change it without touching the tests.
// E2E_PORT lets two checkouts test side by side; the port after it is `next dev`, for the preview.
const PORT = Number(process.env.E2E_PORT ?? 4321);

export const builds = [
  { name: "chromium", port: PORT, site: "fixture", runtime: "stripped" },
  { name: "chromium-with-runtime", port: PORT + 2, site: "fixture-with-runtime", runtime: "kept" },
] as const;

export type Build = (typeof builds)[number];

export const origin = (build: { port: number }) => `http://127.0.0.1:${build.port}`;

/** The build of the project the running test belongs to. */
export const projectBuild = () => test.info().project.metadata.build as Build;

/** The build of the project the running test belongs to: its folder, and where it is served. */
export const projectSite = {
  get out() {
    return fixtureSiteOut(projectBuild().site);
  },
  get origin() {
    return origin(projectBuild());
  },
};

/** A fixture site built both ways: its name without the runtime ("fixture" of "fixture-with-runtime"). */
type BuiltBothWays<Name = FixtureSiteName> = Name extends `${infer Base extends FixtureSiteName}-with-runtime` ? Base : never;

/** The folder of fixture site `base` built as the running test's project builds: with the runtime kept, or not. */
export const projectFixtureOut = (base: BuiltBothWays) => fixtureSiteOut(projectBuild().runtime === "kept" ? `${base}-with-runtime` : base);
