// The desk's /check: the check's lines about one content file, for the desk's page alone, and for
// files in the content folder alone (it reads, so it must not read package.json for another site).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDesk, type Desk } from "@/scripts/desk/serve-desk";

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

async function askCheck(file: string, headers: Record<string, string> = {}) {
  const url = new URL("check", desk.url);
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
});
