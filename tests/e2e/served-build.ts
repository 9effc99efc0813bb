// This project's build (tests/e2e/builds.ts), served with the headers it ships in _headers, for
// the tests of the file that calls it: with the runtime, pages carry their own script hashes.
import path from "node:path";
import { test } from "@playwright/test";
import { serveWithHeaders, type Host } from "../host/serve-with-headers";
import type { Build } from "./builds";

/** `serve` is the server: the Node one that reads _headers, or nginx with the configuration written for it. */
export function serveProjectBuild(serve: (out: string) => Promise<Host> = serveWithHeaders): { readonly out: string; readonly origin: string } {
  let out = "";
  let host: Host | undefined;
  test.beforeAll(async ({}, testInfo) => {
    out = path.resolve((testInfo.project.metadata.build as Build).outDir);
    host = await serve(out);
  });
  test.afterAll(async () => host?.close());
  return {
    get out() {
      return out;
    },
    get origin() {
      return host!.origin;
    },
  };
}
