// The desk's /check: the check's lines about one content file, for the desk's page alone, and for
// files in the content folder alone (it reads, so it must not read package.json for another site).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from "vitest";
import { startDesk, type Desk } from "@/scripts/desk/serve-desk";
import { articleFile, REQUIRED_FIELDS } from "./helpers";
import { folder } from "../host/temp-folder";

let project: string;
let desk: Desk;

beforeAll(async () => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-desk-check-"));
  fs.mkdirSync(path.join(project, "content/articles"), { recursive: true });
  fs.mkdirSync(path.join(project, "public/images"), { recursive: true });
  fs.writeFileSync(path.join(project, "content/articles/story.md"), "---\ntitle: A story\n---\nIt happened.\n");
  desk = await startDesk({ contentDir: path.join(project, "content"), publicDir: path.join(project, "public"), quiet: true });
});
afterAll(async () => {
  await desk?.close();
  fs.rmSync(project, { recursive: true, force: true });
});

async function askCheck(file: string, headers: Record<string, string> = {}, at = desk) {
  const url = new URL("check", at.url);
  const answer = await fetch(url, { method: "POST", headers: { "content-type": "application/json", origin: url.origin, ...headers }, body: JSON.stringify({ path: file }) });
  return { status: answer.status, body: await answer.text() };
}

describe("the desk's check", () => {
  it("gives the check's lines about the file, each naming it as npm run check does", async () => {
    const answer = await askCheck("content/articles/story.md");
    expect(answer.status).toBe(200);
    const { file, problems } = JSON.parse(answer.body);
    const named = path.relative(process.cwd(), path.join(project, "content/articles/story.md"));
    expect(file).toBe(named);
    expect(problems).toContain(`${named}: standfirst: is required: add a one-paragraph summary`);
    expect(problems.every((line: string) => line.startsWith(`${named}:`))).toBe(true);
  });

  it("checks only the content's files, for the desk's page only", async () => {
    expect((await askCheck("package.json")).status).toBe(403);
    expect((await askCheck("content/../package.json")).status).toBe(403);
    expect((await askCheck("content/articles/story.md", { origin: "https://elsewhere.example" })).status).toBe(403);
  });

  it("tells the day by the time zone of the served folder's site.yml, as npm run check on it does", async () => {
    vi.stubEnv("BUILD_CACHE_DIR", folder());
    // Today in Kiritimati (UTC+14) is always tomorrow or later in Pago Pago (UTC-11), 25 hours behind.
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Pacific/Kiritimati" }).format(new Date());
    const story = articleFile({ ...REQUIRED_FIELDS, tags: ["Trade"], corrections: [{ date: today, text: "A name was misspelled." }] });
    const verdicts = [];
    for (const timeZone of ["Pacific/Kiritimati", "Pacific/Pago_Pago"]) {
      const served = folder({ "content/site.yml": `timeZone: ${timeZone}\n`, "content/articles/story.md": story, "public/.keep": "" });
      const there = await startDesk({ contentDir: path.join(served, "content"), publicDir: path.join(served, "public"), quiet: true });
      onTestFinished(() => there.close());
      verdicts.push(JSON.parse((await askCheck("content/articles/story.md", {}, there)).body).problems);
    }
    expect(verdicts[0]).toEqual([]);
    expect(verdicts[1]).toEqual([expect.stringMatching(new RegExp(`corrections\\[0\\]\\.date: is ${today}, in the future`))]);
  });

  it("keeps its check's results in the cache folder it is given, and leaves BUILD_CACHE_DIR as it was", async () => {
    // Two desks in one process (the browser tests'), each with a cache of its own.
    const shared = folder();
    vi.stubEnv("BUILD_CACHE_DIR", shared);
    const served = folder({ "content/articles/story.md": articleFile(REQUIRED_FIELDS), "public/.keep": "" });
    const own = path.join(served, "cache");
    const there = await startDesk({ contentDir: path.join(served, "content"), publicDir: path.join(served, "public"), cacheDir: own, quiet: true });
    onTestFinished(() => there.close());
    expect((await askCheck("content/articles/story.md", {}, there)).status).toBe(200);
    expect(fs.readdirSync(path.join(own, "checked")).filter((name) => name.endsWith(".bin"))).toHaveLength(1);
    expect(fs.readdirSync(shared)).toEqual([]);
    expect(process.env.BUILD_CACHE_DIR).toBe(shared);
  });
});
