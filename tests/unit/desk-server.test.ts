// The desk's server stands between the desk's page and decap-server, which has no sign-in and can
// write anywhere in the folder it serves (the whole project, as the desk runs): it answers only at
// its own address, only the desk's page, and only for the content's and the photos' files.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDesk, type Desk } from "@/scripts/desk/serve-desk";
import { pathOutside } from "@/scripts/desk/api-paths";
import { folder } from "../host/temp-folder";

let project: string;
let desk: Desk;
const STORY = "---\ntitle: A story\n---\nIt happened.\n";

beforeAll(async () => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-desk-server-"));
  fs.mkdirSync(path.join(project, "content/articles"), { recursive: true });
  fs.mkdirSync(path.join(project, "public/images"), { recursive: true });
  fs.writeFileSync(path.join(project, "content/articles/story.md"), STORY);
  fs.writeFileSync(path.join(project, "package.json"), "{}\n");
  desk = await startDesk({ contentDir: path.join(project, "content"), publicDir: path.join(project, "public"), quiet: true });
});
afterAll(async () => {
  await desk?.close();
  fs.rmSync(project, { recursive: true, force: true });
});

/** A request to the desk's API as a browser would send it, with `headers` over the desk page's own. */
function ask(action: string, params: Record<string, unknown>, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  const url = new URL("api/v1", desk.url);
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: "POST", headers: { "content-type": "application/json", origin: url.origin, ...headers } }, (response) => {
      let body = "";
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on("error", reject);
    request.end(JSON.stringify({ action, params: { branch: "main", ...params } }));
  });
}

describe("the desk's server", () => {
  it("reads a story for the desk's page", async () => {
    const answer = await ask("getEntry", { path: "content/articles/story.md" });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).data).toBe(STORY);
  });

  it("writes nothing outside the content's and the photos' folders", async () => {
    const dataFile = { path: "package.json", raw: '{"scripts":{"build":"echo owned"}}', slug: "x" };
    const answer = await ask("persistEntry", { entry: dataFile, dataFiles: [dataFile], assets: [], options: {} });
    expect(answer.status).toBe(403);
    expect(answer.body).toContain("not package.json");
    expect(fs.readFileSync(path.join(project, "package.json"), "utf8")).toBe("{}\n");
    expect((await ask("getEntry", { path: "content/../package.json" })).status).toBe(403);
  });

  it("answers no other site's page, and no other name for this machine", async () => {
    expect((await ask("getEntry", { path: "content/articles/story.md" }, { origin: "https://elsewhere.example" })).status).toBe(403);
    expect((await ask("getEntry", { path: "content/articles/story.md" }, { host: "rebound.example:80" })).status).toBe(421);
    expect((await ask("getEntry", { path: "content/articles/story.md" }, { "content-type": "text/plain" })).status).toBe(403);
  });
});

describe("the paths a request names", () => {
  it("are found at any depth, under each name decap-server gives them", () => {
    const root = folder();
    const allowed = ["content", "public/images"];
    expect(pathOutside({ entry: { path: "content/a.md" }, assets: [{ path: "public/images/a.jpg" }] }, root, allowed)).toBeUndefined();
    expect(pathOutside({ paths: ["content/a.md", "scripts/build.ts"] }, root, allowed)).toBe("scripts/build.ts");
    expect(pathOutside({ dataFiles: [{ path: "content/a.md", newPath: "content-old/a.md" }] }, root, allowed)).toBe("content-old/a.md");
    expect(pathOutside({ mediaFolder: "public" }, root, allowed)).toBe("public");
    expect(pathOutside({ folder: ["content"] }, root, allowed)).toBeUndefined();
    expect(pathOutside({ path: 7 }, root, allowed)).toBe("/");
  });
});
