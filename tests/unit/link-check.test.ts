// The link check the end-to-end tests run on the built site finds what it is for: a missing
// page, a missing file, a #fragment no element has, and an absolute link to SITE_URL that the
// local copy lacks.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { brokenLinks } from "../host/link-check";
import { serveWithHeaders } from "../host/serve-with-headers";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-links-"));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

it("reports each broken link and fragment, with a page that links to it", async () => {
  const write = (name: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  };
  write("_headers", "/*\n  X-Content-Type-Options: nosniff\n");
  write("404.html", "<!DOCTYPE html><title>Not found</title>");
  write(
    "index.html",
    '<!DOCTYPE html><title>Home</title><link rel="stylesheet" href="/style.css"><a href="/a/#here">A</a> <a href="/a/#gone">A</a> <a href="/missing/">M</a> <a href="https://news.example.org/b/">B</a> <a href="https://elsewhere.example/">E</a>',
  );
  write("style.css", "");
  write("a/index.html", '<!DOCTYPE html><title>A</title><h2 id="here">Here</h2><img src="/a.png" alt="">');
  const host = await serveWithHeaders(dir);
  try {
    expect(await brokenLinks(host.origin, "https://news.example.org")).toEqual([
      "/missing/: 404, linked from /",
      "/b/: 404, linked from /",
      "/a.png: 404, linked from /a/",
      "/a/#gone: no element has that id, linked from /",
    ]);
  } finally {
    await host.close();
  }
});
