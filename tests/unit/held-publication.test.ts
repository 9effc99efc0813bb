// While publish builds and deploys a new publication, the one before the live one is held out of
// the build's pruning: put back if the new one does not go out, and put back by the next publish
// or undo if publish was stopped part-way (Ctrl-C during the build), so undo still has it.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prepareVersions } from "@/scripts/build/publish";
import { copyContent, holdPrevious, makeLive, previousPublication, publications, recoverHeld } from "@/scripts/publish/publications";
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
  makeLive(where, publication("live"));
  return { where, earlier };
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
});
