// A photo a content file still names is not deleted through the desk: Decap deletes a photo of the
// same name before it uploads a replacement, and the desk may then refuse the replacement, which
// would leave the story naming a photo that is gone.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { photoInUseProblem } from "@/scripts/desk/photos-in-use";
import { folder } from "../host/temp-folder";

const files = {
  "content/articles/market.md": "---\ntitle: Market\nimage:\n  src: /images/market.jpg\n---\nText.\n",
  "content/pages/about.md": "---\ntitle: About\n---\n![The office](/images/office.png)\n",
  "content/site.yml": "name: News\n",
  "public/images/market.jpg": "x",
  "public/images/market.jpg.old": "x",
  "public/images/office.png": "x",
  "public/images/spare.jpg": "x",
};

function judged(action: string, params: Record<string, unknown>): Promise<string | undefined> {
  const project = folder(files);
  return photoInUseProblem({ action, params }, { root: project, content: "content", images: "public/images" }, path.join(project, "public"));
}

describe("deleting a photo through the desk", () => {
  it("is refused while a content file names it, with the file and what to do", async () => {
    expect(await judged("deleteFile", { path: "public/images/market.jpg" })).toBe(
      "public/images/market.jpg is the photo of content/articles/market.md (src: /images/market.jpg): upload the new photo under another name, or take it out of that file first",
    );
    expect(await judged("deleteFiles", { paths: ["public/images/spare.jpg", "public/images/office.png"] })).toMatch(/^public\/images\/office\.png is the photo of content\/pages\/about\.md /);
  });

  it("is let through for a photo no content file names, or with the one file that names it", async () => {
    expect(await judged("deleteFile", { path: "public/images/spare.jpg" })).toBeUndefined();
    expect(await judged("deleteFile", { path: "public/images/market.jpg.old" })).toBeUndefined();
    expect(await judged("deleteFiles", { paths: ["content/articles/market.md", "public/images/market.jpg"] })).toBeUndefined();
    expect(await judged("deleteFile", { path: "content/site.yml" })).toBeUndefined();
  });
});
