// While publish builds and deploys a new publication, the one before the live one is held out of
// the build's pruning: put back if the new one does not go out, and put back by the next publish
// or undo if publish was stopped part-way (Ctrl-C during the build), so undo still has it.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prepareVersions } from "@/scripts/build/publish";
import { copyContent, holdPrevious, keepContent, livePublication, makeLive, previousPublication, publications, recoverHeld } from "@/scripts/publish/publications";
import { folder } from "../host/temp-folder";

function twoPublications() {
  const project = folder({ "content/articles/story.md": "A story.\n" });
  const where = publications(project);
  prepareVersions(where.folder);
  const publication = (name: string) => {
    const site = path.join(where.folder.versions, name);
    fs.mkdirSync(site);
    fs.writeFileSync(path.join(site, "index.html"), name);
    fs.renameSync(copyContent(where, path.join(project, "content"), 1), path.join(where.content, name));
    return site;
  };
  const earlier = publication("earlier");
  const live = publication("live");
  makeLive(where, live);
  return { where, earlier, live, project };
}

describe("the publication before the live one, while a new one is made", () => {
  it("is out of the versions folder while held, and back once released", () => {
    const { where, earlier } = twoPublications();
    const held = holdPrevious(where);
    expect(previousPublication(where)).toBeUndefined();
    held?.release();
    expect(previousPublication(where)?.site).toBe(earlier);
    expect(fs.existsSync(where.held)).toBe(false);
  });

  it("is put back by the next publish or undo when a publish was stopped while holding it", () => {
    const { where, earlier } = twoPublications();
    holdPrevious(where);
    // The publish was stopped here: nothing released it.
    recoverHeld(where);
    expect(previousPublication(where)?.site).toBe(earlier);
    expect(fs.existsSync(where.held)).toBe(false);
  });

  it("leaves the live publication and the one before it known when a publish was stopped during its deploy", () => {
    const { where, live, project } = twoPublications();
    holdPrevious(where);
    // The build made a new site the live one here; its content was kept; the deploy was stopped.
    const site = path.join(where.folder.versions, "newest");
    fs.mkdirSync(site);
    makeLive(where, site);
    keepContent(where, copyContent(where, path.join(project, "content"), 2));
    recoverHeld(where);
    expect(livePublication(where)?.site).toBe(site);
    expect(previousPublication(where)?.site).toBe(live);
    expect(previousPublication(where)?.contentDir).toBe(path.join(where.content, "live"));
  });

  it("keeps the held publication's content while the new one is deployed, so a failed deploy leaves undo as it was", () => {
    const { where, earlier, live, project } = twoPublications();
    const held = holdPrevious(where);
    const site = path.join(where.folder.versions, "newest");
    fs.mkdirSync(site);
    makeLive(where, site);
    keepContent(where, copyContent(where, path.join(project, "content"), 2));
    // The deploy failed: publish lets the new site go and puts the held one back.
    makeLive(where, live);
    fs.rmSync(site, { recursive: true });
    held?.release();
    expect(previousPublication(where)?.site).toBe(earlier);
    expect(fs.existsSync(path.join(where.content, "earlier", "articles", "story.md"))).toBe(true);
  });
});
