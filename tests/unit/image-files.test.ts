// Every article image is opened before the build uses it: a file cut short is refused naming the
// file, and a path that differs from the real file only in case is told the real name.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { unreadableImageProblems } from "@/lib/content/image-readable";
import { checkFiles, readContentFiles } from "@/lib/pipeline";
import { articleFile, checkSite, inFile, lineOf, REQUIRED_FIELDS, tempSite } from "./helpers";

const withImage = (src: string) => articleFile({ ...REQUIRED_FIELDS, tags: ["Iran"], image: { src, alt: "A market", credit: "Reuters" } });

describe("an article image", () => {
  it("named but for case: the check says the real name", () => {
    const text = withImage("/images/market.jpg");
    const site = tempSite({ "x.md": text });
    site.writePublic("images/Market.JPG");

    expect(checkSite(site).problems).toEqual([
      {
        file: inFile("x.md"),
        line: lineOf(text, "src:"),
        field: "image.src",
        message: "no file public/images/market.jpg, but there is public/images/Market.JPG: web servers tell capitals apart, so write src: /images/Market.JPG",
      },
    ]);
  });

  it("that starts like a JPEG but is cut short: refused, naming the file", async () => {
    const text = withImage("/images/cut.jpg");
    const site = tempSite({ "x.md": text });
    site.writePublic("images/cut.jpg");
    const file = path.join(site.publicDir, "images/cut.jpg");
    fs.writeFileSync(file, fs.readFileSync(file).subarray(0, 24));

    const location = { contentDir: site.contentDir, publicDir: site.publicDir };
    const problems = await unreadableImageProblems(checkFiles(readContentFiles(location).files), site.publicDir);
    expect(problems).toEqual([
      {
        file: inFile("x.md"),
        line: lineOf(text, "src:"),
        field: "image.src",
        message: expect.stringMatching(/^public\/images\/cut\.jpg starts like a JPEG image but cannot be read \(.+\): it may be cut short or damaged; export it again from the original$/),
      },
    ]);
  });

  it.each(["jpg", "png", "webp", "avif"])("that is a whole .%s image: accepted", async (extension) => {
    const site = tempSite({ "x.md": withImage(`/images/photo.${extension}`) });
    site.writePublic(`images/photo.${extension}`);

    const location = { contentDir: site.contentDir, publicDir: site.publicDir };
    expect(await unreadableImageProblems(checkFiles(readContentFiles(location).files), site.publicDir)).toEqual([]);
  });
});
