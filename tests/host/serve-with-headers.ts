// A static host for a built folder that sends the headers its `_headers` file asks for, the way
// Netlify or Cloudflare Pages would: so tests see the site exactly as readers' browsers will,
// Content-Security-Policy and all. Addresses work as on those hosts: /x/ is /x/index.html, /x
// redirects to /x/ when that folder exists, and an unknown address is 404.html with status 404.
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".gif": "image/gif",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
};

interface Rule {
  pattern: RegExp;
  headers: [string, string][];
}

/** The rules of a `_headers` file: a path pattern (`*` matches anything), then its indented headers. */
export function parseHeadersFile(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim().replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
      rules.push({ pattern: new RegExp(`^${pattern}$`), headers: [] });
      continue;
    }
    const colon = line.indexOf(":");
    rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** The Content-Security-Policy a built folder's `_headers` gives its pages (its first rule). */
export const sitePolicy = (out: string): string | undefined =>
  parseHeadersFile(fs.readFileSync(path.join(out, "_headers"), "utf8"))[0].headers.find(([name]) => name === "Content-Security-Policy")?.[1];

export interface Host {
  origin: string;
  close(): Promise<void>;
}

/** Serves `dir` on 127.0.0.1, on `port` or else a free one. */
export async function serveWithHeaders(dir: string, port = 0): Promise<Host> {
  const rules = parseHeadersFile(fs.readFileSync(path.join(dir, "_headers"), "utf8"));
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://host");
    for (const rule of rules) if (rule.pattern.test(url.pathname)) for (const [name, value] of rule.headers) response.setHeader(name, value);

    let file: string;
    try {
      file = path.join(dir, decodeURIComponent(url.pathname));
    } catch {
      response.writeHead(400);
      return response.end();
    }
    const send = (status: number, found: string) => {
      // A type the rules give (a script from public/ served as text) wins over the file's own.
      if (!response.hasHeader("Content-Type")) response.setHeader("Content-Type", TYPES[path.extname(found).toLowerCase()] ?? "application/octet-stream");
      // Like nginx and the CDNs: an ETag of size and time, so no-cache costs a 304, not the file.
      const { size, mtimeMs } = fs.statSync(found);
      const etag = `"${Math.floor(mtimeMs).toString(16)}-${size.toString(16)}"`;
      if (status === 200) response.setHeader("ETag", etag);
      if (status === 200 && request.headers["if-none-match"] === etag) {
        response.writeHead(304);
        return response.end();
      }
      response.writeHead(status);
      response.end(request.method === "HEAD" ? undefined : fs.readFileSync(found));
    };
    if (!file.startsWith(dir + path.sep) && file !== dir) return send(404, path.join(dir, "404.html"));
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      if (!url.pathname.endsWith("/")) {
        response.writeHead(301, { Location: `${url.pathname}/${url.search}` });
        return response.end();
      }
      const index = path.join(file, "index.html");
      return fs.existsSync(index) ? send(200, index) : send(404, path.join(dir, "404.html"));
    }
    return fs.existsSync(file) ? send(200, file) : send(404, path.join(dir, "404.html"));
  });
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, "127.0.0.1", resolve));
  const address = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** Every page in a built folder, as the address it is served at: /, /articles/x/, /404.html. */
export function pagePaths(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".html"))
    .map((name) => `/${name.split(path.sep).join("/")}`.replace(/(^|\/)index\.html$/, "$1"))
    .sort();
}

/** Every page in a built folder, as its file, in pagePaths's order: <dir>/index.html, <dir>/articles/x/index.html, <dir>/404.html. */
export const pageFiles = (dir: string): string[] => pagePaths(dir).map((address) => path.join(dir, address.endsWith("/") ? `${address}index.html` : address));
