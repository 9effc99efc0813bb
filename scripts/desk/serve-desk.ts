// The desk on this machine: Decap CMS's page, from node_modules, and decap-server's file actions
// writing the newsroom's files, in one server on one port of 127.0.0.1. decap-server has no
// sign-in: anything that can reach its handler can write files. So its handler is mounted here,
// behind the desk's guards, rather than run as a server of its own: the desk answers only
// requests made to 127.0.0.1 by name (a web page that rebinds its own name to 127.0.0.1 is
// refused), from its own page, naming only the content's and the photos' files. Nothing here is
// built into out/.
import fs from "node:fs";
import http from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { entryFileProblem, requestProblem } from "./api-paths";
import { deskConfig } from "./desk-config";
import { deskChecker } from "./desk-check";
import { photoInUseProblem } from "./photos-in-use";
import { uploadedPhotoProblem } from "./uploaded-photos";

const HOST = "127.0.0.1";
// From the project folder, where npm runs the desk and Playwright its tests.
const HERE = path.resolve("scripts/desk");
const DECAP_DIST = path.resolve("node_modules/decap-cms/dist");
// decap-server's handlers are written for its own express, which it resolves beside itself.
const fromDecapServer = createRequire(path.resolve("node_modules/decap-server/package.json"));
type Handler = (request: http.IncomingMessage & { body?: unknown }, response: http.ServerResponse, next: (error?: unknown) => void) => void;
type App = ((request: http.IncomingMessage, response: http.ServerResponse) => void) & {
  post: (route: string, ...handlers: Handler[]) => void;
  use: (handler: (error: unknown, request: http.IncomingMessage, response: http.ServerResponse, next: () => void) => void) => void;
};
const express: { (): App; json: (options: { limit: string }) => Handler } = fromDecapServer("express");
const { registerLocalFs }: { registerLocalFs: (app: App, options: { logLevel: string }) => Promise<void> } = fromDecapServer("./dist/middlewares.js");
const PAGES: Record<string, { file: string; type: string }> = {
  "/": { file: path.join(HERE, "desk.html"), type: "text/html; charset=utf-8" },
  "/desk-page.js": { file: path.join(HERE, "desk-page.js"), type: "text/javascript; charset=utf-8" },
};

export type Desk = { url: string; close: () => Promise<void> };

/** The folder both `contentDir` and `publicDir` are in: decap-server serves one folder. */
function commonFolder(a: string, b: string): string {
  let folder = a;
  while (path.relative(folder, b).startsWith("..")) folder = path.dirname(folder);
  return folder;
}

/** The request's JSON object; undefined, with the answer sent, when it is not one. */
async function jsonBody(request: http.IncomingMessage, response: http.ServerResponse): Promise<Record<string, unknown> | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(Buffer.from(chunk));
  const text = Buffer.concat(chunks).toString("utf8");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (typeof value === "object" && value !== null && !Array.isArray(value)) return Object.fromEntries(Object.entries(value));
  response.writeHead(400, { "content-type": "text/plain" }).end("not JSON");
  return undefined;
}

/** Serves the desk for the files in `contentDir` and the photos in `publicDir`/images, its check's results kept in `cacheDir` (BUILD_CACHE_DIR's if none). */
export async function startDesk(options: { contentDir: string; publicDir: string; cacheDir?: string; port?: number; quiet?: boolean }): Promise<Desk> {
  const root = commonFolder(path.resolve(options.contentDir), path.resolve(options.publicDir));
  const relative = (folder: string) => path.relative(root, path.resolve(folder)).split(path.sep).join("/") || ".";
  const server = http.createServer();
  server.listen(options.port ?? 0, HOST);
  await new Promise((resolve, reject) => server.once("listening", resolve).once("error", reject));
  const { port } = server.address() as AddressInfo;
  const origin = `http://${HOST}:${port}`;

  const folders = { root, content: relative(options.contentDir), images: `${relative(options.publicDir)}/images` };
  const config = JSON.stringify(deskConfig({ ...folders, server: `${origin}/api/v1` }));

  /** Lets a request of the page's on to decap-server's handler only if it names only the files of its kind. */
  const guard: Handler = (request, response, next) => {
    const problem = requestProblem(request.body, folders);
    if (problem !== undefined) {
      response.writeHead(403, { "content-type": "text/plain" }).end(problem);
      return;
    }
    // The params as sent, with the photos' bytes.
    const params = typeof request.body === "object" && request.body !== null && "params" in request.body ? request.body.params : undefined;
    const publicDir = path.resolve(options.publicDir);
    Promise.all([photoInUseProblem(request.body, folders, publicDir), uploadedPhotoProblem(params, root, publicDir)]).then(([inUse, photo]) => {
      const refused = inUse ?? photo;
      if (refused === undefined) return next();
      // JSON with an `error`, which Decap shows the editor: "Failed to persist media: ...".
      response.writeHead(422, { "content-type": "application/json" }).end(JSON.stringify({ error: refused }));
    }, next);
  };
  const api = express();
  api.post("/api/v1", express.json({ limit: "50mb" }), guard);
  // decap-server reads the folder it serves from GIT_REPO_DIRECTORY as it mounts its handler, at once.
  const served = process.env.GIT_REPO_DIRECTORY;
  process.env.GIT_REPO_DIRECTORY = root;
  const mounted = registerLocalFs(api, { logLevel: options.quiet ? "error" : "warn" });
  if (served === undefined) delete process.env.GIT_REPO_DIRECTORY;
  else process.env.GIT_REPO_DIRECTORY = served;
  await mounted;
  // Answered here, as express would answer with its stack: a body that is not JSON (400), or a stop.
  api.use((error, _request, response) => {
    const status = typeof error === "object" && error !== null && "status" in error && error.status === 400 ? 400 : 500;
    response.writeHead(status, { "content-type": "text/plain" }).end(status === 400 ? "not JSON" : `the desk stopped: ${String(error)}`);
  });

  const checkFile = deskChecker({ contentDir: path.resolve(options.contentDir), publicDir: path.resolve(options.publicDir) }, options.cacheDir);
  /** The check's lines about the content file the page names: what `npm run check` would print about it. */
  async function check(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const body = await jsonBody(request, response);
    if (!body) return;
    const file = body.path;
    if (typeof file !== "string" || entryFileProblem(folders, file) !== undefined) {
      response.writeHead(403, { "content-type": "text/plain" }).end(`the desk checks only files in ${folders.content}/`);
      return;
    }
    const verdict = await checkFile(path.resolve(root, file));
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(verdict));
  }

  server.on("request", (request, response) => {
    // Another name for this machine is a web page's own name rebound to it: refused.
    if (request.headers.host !== `${HOST}:${port}`) {
      response.writeHead(421, { "content-type": "text/plain" }).end("the desk answers at its own address only");
      return;
    }
    const url = new URL(request.url ?? "/", origin);
    if (url.pathname === "/api/v1" || url.pathname === "/check") {
      // JSON, from the desk's page: another site's page can send neither without the browser asking first, which is refused.
      const fromPage = request.method === "POST" && request.headers["content-type"]?.startsWith("application/json") && (request.headers.origin ?? origin) === origin;
      if (!fromPage) response.writeHead(403, { "content-type": "text/plain" }).end("the desk's files are for the desk's page");
      else if (url.pathname === "/check") check(request, response).catch((error: unknown) => response.writeHead(500, { "content-type": "text/plain" }).end(`the check stopped: ${String(error)}`));
      else api(request, response);
      return;
    }
    const page = PAGES[url.pathname];
    // The bundle and the chunks it loads beside itself, by name only: no path leaves the folder.
    const bundle = /^\/[\w.-]+\.js$/.test(url.pathname) ? path.join(DECAP_DIST, url.pathname.slice(1)) : undefined;
    if (url.pathname === "/config.json") {
      response.writeHead(200, { "content-type": "application/json" }).end(config);
    } else if (page) {
      response.writeHead(200, { "content-type": page.type }).end(fs.readFileSync(page.file));
    } else if (bundle && fs.existsSync(bundle)) {
      response.writeHead(200, { "content-type": "text/javascript; charset=utf-8" });
      fs.createReadStream(bundle).pipe(response);
    } else {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });

  const close = async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
  return { url: `${origin}/`, close };
}
