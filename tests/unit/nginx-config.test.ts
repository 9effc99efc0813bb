// The nginx configuration the build writes beside the site: nginx itself accepts it, and it serves
// every address with the same headers as _headers gives (and as the Node test server sends).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicAddresses, writeHostHeaders } from "@/scripts/build/host-headers";
import { headersFor, siteRules, type HeaderRule } from "@/scripts/build/host-rules";
import { nginxConfigPath, renderNginxConfig, writeNginxConfig } from "@/scripts/build/nginx-config";
import { serveWithHeaders, type Host } from "../host/serve-with-headers";
import { serveWithNginx, testNginxConfig } from "../host/serve-with-nginx";

const page = (title: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1></body></html>`;
const SITE: Record<string, string> = {
  "index.html": page("Home"),
  "404.html": page("Not found"),
  "articles/a-story/index.html": page("A story"),
  "feed.xml": `<?xml version="1.0"?><rss version="2.0"><channel>${"<item/>".repeat(300)}</channel></rss>`,
  "_next/static/css/abc123.css": "body{}",
  "fonts/serif.woff2": "font",
  "images/photo.jpg": "jpeg",
  "copy-link.js": "void 0",
  "evil.svg": '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
  "evil.js": "alert(1)",
  "press/index.html": "<script>alert(1)</script>",
};
const PUBLIC = ["images/photo.jpg", "copy-link.js", "evil.svg", "evil.js", "press/index.html"];

let scratch: string;
let out: string;
let rules: HeaderRule[];
beforeAll(() => {
  // A space in the path: the configuration quotes it.
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom nginx-"));
  out = path.join(scratch, "out");
  const publicDir = path.join(scratch, "public");
  for (const [name, text] of Object.entries(SITE)) {
    for (const folder of PUBLIC.includes(name) ? [out, publicDir] : [out]) {
      fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
      fs.writeFileSync(path.join(folder, name), text);
    }
  }
  rules = writeHostHeaders(out, { fromPublic: publicAddresses(out, [publicDir]) }).rules;
  writeNginxConfig(out, rules);
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe("renderNginxConfig", () => {
  it("gives every location the whole set of headers, since a location's add_header drops the server's", () => {
    const config = renderNginxConfig(rules, out);
    // Those that serve files; the others answer 404 to every request.
    const locations = [...config.matchAll(/^location (.+) \{\n([\s\S]*?)\n\}/gm)].filter(([, , body]) => body.includes("try_files"));
    expect(locations.map(([, match]) => match)).toEqual(['/', '^~ "/_next/static/"', '^~ "/fonts/"', '^~ "/images/"', '^~ "/pagefind/"', '^~ "/search/"', '= "/evil.js"', '= "/evil.svg"', '= "/press/index.html"', '= "/press/"']);
    for (const [, match, body] of locations) {
      const address = JSON.parse(match.replace(/^(\^~|=) /, "").replace(/^\/$/, '"/"'));
      const { "Content-Type": type, ...expected } = headersFor(rules, address);
      const sent = [...body.matchAll(/add_header (\S+) "(.*)" always;/g)].map(([, name, value]) => [name, value.replace(/\\(.)/g, "$1")]);
      expect(Object.fromEntries(sent), match).toEqual(expected);
      if (type) expect(body, match).toContain(`default_type "${type}";`);
    }
    expect(config).not.toMatch(/^add_header/m);
  });

  it("is written beside the site, not in it", () => {
    expect(nginxConfigPath(out)).toBe(`${out}.nginx.conf`);
    expect(fs.existsSync(nginxConfigPath(out))).toBe(true);
    expect(fs.readdirSync(out)).not.toContain("out.nginx.conf");
  });

  it("refuses a value nginx would read as a variable", () => {
    expect(() => renderNginxConfig(siteRules("script-src $evil", []), out)).toThrow('an nginx value cannot hold "$"');
  });

  it("passes nginx's own check (nginx -t)", async () => {
    await expect(testNginxConfig(out)).resolves.toBe("");
  });
});

describe.each([
  ["nginx", serveWithNginx],
  ["the Node test server", serveWithHeaders],
])("served by %s", (_name, serve) => {
  let host: Host;
  beforeAll(async () => {
    host = await serve(out);
  });
  afterAll(() => host?.close());
  const get = (address: string, headers: Record<string, string> = {}) => fetch(`${host.origin}${address}`, { redirect: "manual", headers });

  it.each(["/", "/articles/a-story/", "/feed.xml", "/_next/static/css/abc123.css", "/fonts/serif.woff2", "/images/photo.jpg", "/copy-link.js", "/evil.svg", "/evil.js", "/press/"])(
    "%s carries the headers the rules give it",
    async (address) => {
      const response = await get(address);
      expect(response.status).toBe(200);
      const expected = headersFor(rules, address);
      for (const [name, value] of Object.entries(expected)) expect(response.headers.get(name), name).toBe(value);
    },
  );

  it("answers an unknown address with 404.html, status 404, and the pages' headers", async () => {
    const response = await get("/articles/no-such-story/");
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("<h1>Not found</h1>");
    expect(response.headers.get("cache-control")).toBe("no-cache");
    expect(response.headers.get("content-security-policy")).toBe(headersFor(rules, "/")["Content-Security-Policy"]);
  });

  it("redirects a folder's address without its slash to the one with it", async () => {
    const response = await get("/articles/a-story");
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe("/articles/a-story/");
  });

  it("answers a page asked again with its ETag by 304, so no-cache costs no bytes", async () => {
    const etag = (await get("/articles/a-story/")).headers.get("etag");
    expect(etag).toBeTruthy();
    const again = await get("/articles/a-story/", { "If-None-Match": etag! });
    expect(again.status).toBe(304);
  });

  it("sends feeds as XML in UTF-8", async () => {
    expect((await get("/feed.xml")).headers.get("content-type")).toBe("application/xml; charset=utf-8");
  });
});
