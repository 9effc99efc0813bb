// Playwright's web server (playwright.config.ts): builds the fixture content with the one build
// helper, then serves the result with the one host helper, headers and all, until stopped.
// Usage: tsx tests/host/build-and-serve.ts <out dir> <port> <strip|keep>
import path from "node:path";
import { FIXTURE_CONTENT } from "../e2e/builds";
import { buildSite } from "./build-site";
import { serveWithHeaders } from "./serve-with-headers";

const [outDir, port, runtime] = process.argv.slice(2);
if (!outDir || !/^\d+$/.test(port ?? "") || (runtime !== "strip" && runtime !== "keep")) {
  throw new Error("usage: tsx tests/host/build-and-serve.ts <out dir> <port> <strip|keep>");
}
buildSite(FIXTURE_CONTENT.contentDir, outDir, { PUBLIC_DIR: FIXTURE_CONTENT.publicDir, FRAMEWORK_RUNTIME: runtime });
serveWithHeaders(path.resolve(outDir), Number(port)).then((host) => console.log(`serving ${outDir} at ${host.origin}`));
