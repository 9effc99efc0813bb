// The same rules as `_headers` (scripts/build/host-rules.ts), for nginx: a file of server-level
// directives that a `server { listen ...; include <out>.nginx.conf; }` block includes. It is
// written beside the built folder, never inside it, so it is not served.
import fs from "node:fs";
import { HEADERS_FILE } from "./host-headers";
import { headersFor, type HeaderRule } from "./host-rules";

/** Where the build writes the nginx configuration of the site it writes to `out`. */
export const nginxConfigPath = (out: string) => `${out}.nginx.conf`;

// nginx's own list of types differs between versions and distributions; these are what the site serves.
const TYPES: Record<string, string> = {
  "text/html": "html",
  "text/css": "css",
  "text/javascript": "js mjs",
  "application/json": "json",
  "application/xml": "xml",
  "text/plain": "txt",
  "image/svg+xml": "svg",
  "image/png": "png",
  "image/jpeg": "jpg jpeg",
  "image/webp": "webp",
  "image/avif": "avif",
  "image/gif": "gif",
  "image/x-icon": "ico",
  "font/woff2": "woff2",
  "font/woff": "woff",
};
const TEXT = ["text/css", "text/javascript", "application/json", "application/xml", "text/plain", "image/svg+xml"];

/** The copies of the 404 page Next.js writes as pages of their own: "Page not found", with status 200. */
export const NOT_FOUND_COPIES = ["/404/", "/_not-found/"];

/** What the built folder holds that is not for readers, each answered 404 (with the 404 page): the host's own configuration too. */
const NOT_SERVED = [`= /${HEADERS_FILE}`, ...NOT_FOUND_COPIES.map((folder) => `^~ ${folder}`)];

/** A quoted nginx string. `$` would be read as a variable, and no value of ours has one. */
export function quoted(value: string): string {
  if (value.includes("$")) throw new Error(`an nginx value cannot hold "$": ${value}`);
  return `"${value.replace(/[\\"]/g, "\\$&")}"`;
}

function location(rule: HeaderRule, rules: readonly HeaderRule[]): string {
  const prefix = rule.path.endsWith("/*") ? rule.path.slice(0, -1) : undefined;
  const { "Content-Type": type, ...headers } = headersFor(rules, prefix ?? rule.path);
  const match = prefix === "/" ? "/" : prefix ? `^~ ${quoted(prefix)}` : `= ${quoted(rule.path)}`;
  const lines = [
    // A location with add_header of its own inherits none from the server: each lists every header.
    ...Object.entries(headers).map(([name, value]) => `add_header ${name} ${quoted(value)} always;`),
    ...(type ? ["types { }", `default_type ${quoted(type)};`] : []),
    // /x/ is /x/index.html (index); /x redirects to /x/ when that folder exists; else 404.
    "try_files $uri $uri/ =404;",
  ];
  return `location ${match} {\n${lines.map((line) => `  ${line}`).join("\n")}\n}`;
}

/** The nginx directives serving the built site in `root` with the headers `rules` give. */
export function renderNginxConfig(rules: readonly HeaderRule[], root: string): string {
  return [
    "# Written by `npm run build` from the rules that also make _headers (scripts/build/host-rules.ts); edit those, not this.",
    `root ${quoted(root)};`,
    "index index.html;",
    // Redirects (/x to /x/) keep the address the reader used, whatever is in front of nginx.
    "absolute_redirect off;",
    "server_tokens off;",
    "error_page 404 /404.html;",
    `types {\n${Object.entries(TYPES).map(([type, extensions]) => `  ${type} ${extensions};`).join("\n")}\n}`,
    "default_type application/octet-stream;",
    "charset utf-8;",
    `charset_types ${TEXT.join(" ")};`,
    // HTML is always compressed once gzip is on; images and fonts are compressed already.
    "gzip on;",
    "gzip_vary on;",
    "gzip_min_length 1024;",
    `gzip_types ${TEXT.join(" ")};`,
    ...rules.map((rule) => location(rule, rules)),
    ...NOT_SERVED.map((match) => `location ${match} {\n  return 404;\n}`),
  ].join("\n") + "\n";
}

/** Writes the nginx configuration for the site in `out` beside it, whole or not at all. */
export function writeNginxConfig(out: string, rules: readonly HeaderRule[]): string {
  const file = nginxConfigPath(out);
  fs.writeFileSync(`${file}.incoming`, renderNginxConfig(rules, out));
  fs.renameSync(`${file}.incoming`, file);
  return file;
}
