// The desk's server stands between the desk's page and decap-server, which has no sign-in and can
// write anywhere in the folder it serves (the whole project, as the desk runs): it answers only at
// its own address, only the desk's page, and only for the content's and the photos' files, each
// of its kind, never through a link.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { startDesk, type Desk } from "@/scripts/desk/serve-desk";

let project: string;
let desk: Desk;
// What this process listened on before the desk, as other test files in its worker may leave.
let portsBefore: number[];
const STORY = "---\ntitle: A story\n---\nIt happened.\n";

beforeAll(async () => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-desk-server-"));
  fs.mkdirSync(path.join(project, "content/articles"), { recursive: true });
  fs.mkdirSync(path.join(project, "public/images"), { recursive: true });
  fs.writeFileSync(path.join(project, "content/articles/story.md"), STORY);
  fs.writeFileSync(path.join(project, "package.json"), "{}\n");
  fs.mkdirSync(path.join(project, "scripts"));
  // A link in the content folder to the project's code, as a clone or a careless command may leave.
  fs.symlinkSync("../scripts", path.join(project, "content/notes"));
  portsBefore = listeningPorts();
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
  it("tells the desk's page what it serves, as decap-server does", async () => {
    const url = new URL("api/v1", desk.url);
    const answer = await fetch(url, { method: "POST", headers: { "content-type": "application/json", origin: url.origin }, body: '{"action":"info"}' });
    expect(await answer.json()).toMatchObject({ type: "local_fs" });
  });

  it("reads a story for the desk's page", async () => {
    const answer = await ask("getEntry", { path: "content/articles/story.md" });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).data).toBe(STORY);
  });

  it("writes nothing outside the content's and the photos' folders", async () => {
    const dataFile = { path: "package.json", raw: '{"scripts":{"build":"echo owned"}}', slug: "x" };
    const answer = await ask("persistEntry", { entry: dataFile, dataFiles: [dataFile], assets: [], options: {} });
    expect(answer.status).toBe(403);
    expect(answer.body).toBe("package.json: the desk keeps stories, reporters, pages and settings as .md or .yml files in content/");
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
    const ports = listeningPorts().filter((port) => !portsBefore.includes(port));
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

/** A story file and a photo upload as Decap sends them. */
const story = (file: string, more: Record<string, unknown> = {}) => ({ path: file, raw: STORY, slug: "x", ...more });
const upload = (file: string, bytes = "<svg onload=alert(1)></svg>") => ({ path: file, content: Buffer.from(bytes).toString("base64"), encoding: "base64" });
const persistEntry = (dataFile: Record<string, unknown>, assets: unknown[] = []) => ask("persistEntry", { entry: dataFile, dataFiles: [dataFile], assets, options: { commitMessage: "x" } });

describe("the files a request names", () => {
  it("are never reached through a link, wherever it leads", async () => {
    const throughContent = await persistEntry(story("content/notes/build.md"));
    expect(throughContent).toEqual({ status: 403, body: "content/notes/build.md goes through the link content/notes, which the desk does not follow" });
    // Only for this test: decap-server stops listing the photos' folder on a link to a folder.
    fs.symlinkSync("../../scripts", path.join(project, "public/images/notes"));
    onTestFinished(() => fs.rmSync(path.join(project, "public/images/notes")));
    const throughImages = await ask("persistMedia", { asset: upload("public/images/notes/a.jpg", "x"), options: { commitMessage: "x" } });
    expect(throughImages.status).toBe(403);
    expect((await ask("getEntry", { path: "content/notes/build.md" })).status).toBe(403);
    expect(fs.readdirSync(path.join(project, "scripts"))).toEqual([]);
  });

  it("are each of their kind: stories in the content folder, photos in the photos' folder", async () => {
    expect(await persistEntry(story("public/images/x.html"))).toEqual({
      status: 403,
      body: "public/images/x.html: the desk keeps stories, reporters, pages and settings as .md or .yml files in content/",
    });
    expect((await persistEntry(story("content/articles/x.html"))).status).toBe(403);
    expect(await persistEntry(story("content/articles/a.md"), [upload("content/articles/x.svg")])).toEqual({
      status: 403,
      body: "content/articles/x.svg: the desk keeps photos as files in public/images/",
    });
    expect((await ask("persistMedia", { asset: upload("public/images/x.svg"), options: { commitMessage: "x" } })).status).toBe(422);
    for (const file of ["x.html", "x.svg", "a.md"]) expect(fs.existsSync(path.join(project, "public/images", file))).toBe(false);
    expect(fs.existsSync(path.join(project, "content/articles/x.svg"))).toBe(false);
  });

  it("are files, never a folder, and are never moved", async () => {
    expect(await persistEntry(story("content/articles/story.md", { newPath: "content/articles/moved.md" }))).toEqual({
      status: 403,
      body: "content/articles/story.md: the desk does not move files (newPath)",
    });
    expect((await persistEntry(story("content/articles/story.md", { newPath: "content" }))).status).toBe(403);
    expect((await persistEntry(story("content"))).status).toBe(403);
    expect((await ask("deleteFile", { path: "content", options: { commitMessage: "x" } })).status).toBe(403);
    expect((await ask("deleteFiles", { paths: ["public/images"], options: { commitMessage: "x" } })).status).toBe(403);
    expect(fs.readFileSync(path.join(project, "content/articles/story.md"), "utf8")).toBe(STORY);
    // The folders themselves are what Decap lists.
    expect((await ask("entriesByFolder", { folder: "content/articles", extension: "md", depth: 1 })).status).toBe(200);
    expect((await ask("getMedia", { mediaFolder: "public/images" })).status).toBe(200);
  });

  it("never delete a photo a story still names", async () => {
    fs.writeFileSync(path.join(project, "public/images/used.jpg"), "x");
    fs.writeFileSync(path.join(project, "content/articles/used.md"), "---\nimage:\n  src: /images/used.jpg\n---\n");
    const answer = await ask("deleteFile", { path: "public/images/used.jpg", options: { commitMessage: "x" } });
    expect(answer.status).toBe(422);
    expect(JSON.parse(answer.body).error).toMatch(/^public\/images\/used\.jpg is the photo of content\/articles\/used\.md/);
    expect(fs.existsSync(path.join(project, "public/images/used.jpg"))).toBe(true);
  });

  it("are named by an action the desk's page sends", async () => {
    expect((await ask("unpublishedEntries", {})).status).toBe(403);
  });
});
