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

  // A live update's photo is resized by the build as the story's is: it is opened first too.
  const withUpdatePhoto = (src: string) =>
    articleFile({
      ...REQUIRED_FIELDS,
      tags: ["Iran"],
      live: { summary: "- The crossing closed." },
      updates: [{ id: "gate-closes", at: "2025-12-25T09:30:00+04:30", text: "Guards closed the gate.", image: { src, alt: "The closed gate" } }],
    });

  it.each([
    ["the story's", withImage, "image.src"],
    ["a live update's", withUpdatePhoto, "updates[0].image.src"],
  ])("%s, that starts like a JPEG but is cut short: refused, naming the file", async (_whose, fileWith, field) => {
    const text = fileWith("/images/cut.jpg");
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
        field,
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

// A space or a comma ends an address in a srcset, so a photo named "Bakery photo.jpg" lost its
// copies for phones: a name must be one the web carries as it is, and the check says which.
describe("an article image's file name", () => {
  const problemsFor = (src: string, files: string[]) => {
    const text = withImage(src);
    const site = tempSite({ "bakers.md": text });
    for (const file of files) site.writePublic(file);
    return { problems: checkSite(site).problems, line: lineOf(text, "src:") };
  };

  it("with a space: refused on the src line, with a web-safe name to rename it to", () => {
    const { problems, line } = problemsFor("/images/Bakery photo.jpg", ["images/Bakery photo.jpg"]);
    expect(problems).toEqual([
      {
        file: inFile("bakers.md"),
        line,
        field: "image.src",
        message:
          'public/images/Bakery photo.jpg: a file name on the web may hold only letters a to z, digits, "-", "_" and "." (this one has a space): rename the file to public/images/bakery-photo.jpg and write src: /images/bakery-photo.jpg',
      },
    ]);
  });

  it("written with %20, or in a folder with a space: the file's own name is what is refused", () => {
    expect(problemsFor("/images/Bakery%20photo.jpg", ["images/Bakery photo.jpg"]).problems[0].message).toContain("rename the file to public/images/bakery-photo.jpg");
    expect(problemsFor("/images/Kabul, May/bread.jpg", ["images/Kabul, May/bread.jpg"]).problems[0].message).toMatch(
      /\(this one has a comma and a space\): rename the file to public\/images\/kabul-may\/bread\.jpg and write src: \/images\/kabul-may\/bread\.jpg$/,
    );
  });

  it("never suggests the name of another file, nor an empty one", () => {
    expect(problemsFor("/images/Bakery photo.jpg", ["images/Bakery photo.jpg", "images/bakery-photo.jpg"]).problems[0].message).toMatch(
      /rename the file to public\/images\/bakery-photo-2\.jpg and write src: \/images\/bakery-photo-2\.jpg$/,
    );
    // Nothing of a Persian name is left: the story's own name stands in.
    expect(problemsFor("/images/نان.jpg", ["images/نان.jpg"]).problems[0].message).toMatch(/\(this one has "ن" and "ا"\): rename the file to public\/images\/bakers\.jpg/);
  });

  it("of letters, digits, hyphens, underscores and dots, capitals included: accepted", () => {
    expect(problemsFor("/images/IMG_2041.v2-crop.JPG", ["images/IMG_2041.v2-crop.JPG"]).problems).toEqual([]);
  });
});
