// Playwright's web server (playwright.config.ts): builds the fixture content once for each build
// the end-to-end tests run against (tests/e2e/builds.ts), side by side, with the one build
// helper, then serves each on its port with the one host helper, headers and all, until stopped.
// Side by side because neither build keeps both cores busy on its own.
// Usage: tsx tests/host/build-and-serve.ts
import path from "node:path";
import { builds, FIXTURE_CONTENT } from "../e2e/builds";
import { startBuild } from "./build-site";
import { serveWithHeaders } from "./serve-with-headers";

async function main(): Promise<void> {
  const runs = await Promise.all(
    builds.map((build) =>
      startBuild({
        CONTENT_DIR: FIXTURE_CONTENT.contentDir,
        OUT_DIR: build.outDir,
        PUBLIC_DIR: FIXTURE_CONTENT.publicDir,
        FRAMEWORK_RUNTIME: build.runtime === "kept" ? "keep" : "strip",
      }),
    ),
  );
  runs.forEach(({ status, output }, index) => {
    if (status !== 0) throw new Error(`the build of ${builds[index].outDir} failed:\n${output}`);
  });
  // In order: Playwright waits for the last one's address.
  for (const build of builds) {
    const host = await serveWithHeaders(path.resolve(build.outDir), build.port);
    console.log(`serving ${build.outDir} at ${host.origin}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
