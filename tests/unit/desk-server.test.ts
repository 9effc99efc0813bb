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

/** The 127.0.0.1 ports that this process, or any process it started, listens on (Linux's /proc). */
function listeningPorts(): number[] {
  const ours = new Set<number>([process.pid]);
  const parents: Array<[number, number]> = [];
  for (const name of fs.readdirSync("/proc").filter((entry) => /^\d+$/.test(entry))) {
    try {
      // "pid (name) state ppid ...": the name may hold spaces and parentheses, so read after its last ")".
      const stat = fs.readFileSync(`/proc/${name}/stat`, "utf8");
      parents.push([Number(name), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1])]);
    } catch {
      // A process that ended meanwhile.
    }
  }
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, parent] of parents) if (ours.has(parent) && !ours.has(pid)) grew = Boolean(ours.add(pid));
  }
  const sockets = new Set<string>();
  for (const pid of ours) {
    try {
      for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
        const link = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (link) sockets.add(link[1]);
      }
    } catch {
      // A process that ended, or a descriptor closed, meanwhile.
    }
  }
  // /proc/net/tcp: "sl local_address rem_address st ... inode"; 0100007F is 127.0.0.1, st 0A listening.
  return fs
    .readFileSync("/proc/net/tcp", "utf8")
    .split("\n")
    .slice(1)
    .map((line) => line.trim().split(/\s+/))
    .filter((fields) => fields[3] === "0A" && fields[1]?.startsWith("0100007F:") && sockets.has(fields[9]))
    .map((fields) => parseInt(fields[1].split(":")[1], 16));
}

/** A request to the desk's API as a browser would send it, with `headers` over the desk page's own. */
function ask(action: string, params: Record<string, unknown>, headers: Record<string, string> = {}, url = new URL("api/v1", desk.url)): Promise<{ status: number; body: string }> {
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

describe("the desk's ports", () => {
  it("are one: no port writes files for a web page rebound to this machine", async () => {
    const ports = listeningPorts();
    expect(ports).toContain(Number(new URL(desk.url).port));
    const packageJson = { path: "package.json", content: Buffer.from('{"scripts":{"build":"echo owned"}}').toString("base64"), encoding: "base64" };
    for (const port of ports) {
      const answer = await ask("persistMedia", { asset: packageJson, options: { commitMessage: "x" } }, { host: "rebound.example", origin: "http://rebound.example" }, new URL(`http://127.0.0.1:${port}/api/v1`));
      expect(`${port}: ${answer.status} ${answer.body}`).toBe(`${port}: 421 the desk answers at its own address only`);
    }
    expect(fs.readFileSync(path.join(project, "package.json"), "utf8")).toBe("{}\n");
    expect(ports).toEqual([Number(new URL(desk.url).port)]);
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
