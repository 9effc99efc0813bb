// The build of the running test's project (tests/e2e/builds.ts), served afresh for the tests of the
// file that calls it, by the Node test server or by nginx, each with the headers the build wrote.
import { test } from "@playwright/test";
import { serveWithHeaders, type Host } from "../host/serve-with-headers";
import { projectSite } from "./builds";

/**
 * `serve` is the server: the Node one that reads _headers, or nginx with the configuration written for it.
 * `out` is the built folder: the project's build of the fixture content unless told (projectFixtureOut in ./builds).
 */
export function serveProjectBuild(
  serve: (out: string) => Promise<Host> = serveWithHeaders,
  out: () => string = () => projectSite.out,
): { readonly out: string; readonly origin: string } {
  let host: Host | undefined;
  test.beforeAll(async () => {
    host = await serve(out());
  });
  test.afterAll(async () => host?.close());
  return {
    get out() {
      return out();
    },
    get origin() {
      if (!host) throw new Error("the build is not served yet: use the site inside a test");
      return host.origin;
    },
  };
}
