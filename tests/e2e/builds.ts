import path from "node:path";
import { test } from "@playwright/test";

// The sites the end-to-end tests run against: the fixture content (tests/fixtures/content, images
// in tests/fixtures/public) built the default way, without the Next.js runtime, and built with it
// (FRAMEWORK_RUNTIME=keep). Never content/: editors change it without touching the tests.
// E2E_PORT lets two checkouts test side by side; the port after it is `next dev`, for the preview.
const PORT = Number(process.env.E2E_PORT ?? 4321);

export const builds = [
  { name: "chromium", port: PORT, outDir: "out.fixtures", runtime: "stripped" },
  { name: "chromium-with-runtime", port: PORT + 2, outDir: "out.fixtures.with-runtime", runtime: "kept" },
] as const;

export type Build = (typeof builds)[number];

export const FIXTURE_CONTENT = { contentDir: "tests/fixtures/content", publicDir: "tests/fixtures/public" } as const;

export const origin = (build: { port: number }) => `http://127.0.0.1:${build.port}`;

const projectBuild = () => test.info().project.metadata.build as Build;

/** The build of the project the running test belongs to: its folder, and where it is served. */
export const projectSite = {
  get out() {
    return path.resolve(projectBuild().outDir);
  },
  get origin() {
    return origin(projectBuild());
  },
};
