// What a contributor can put beside the articles: symbolic links and files public/ must not
// publish. Each is refused by the check, naming the file and the fix, before anything is built.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { formatProblem } from "@/lib/content/problems";
import { describeImage, writeImageVariants } from "@/lib/build/images";
import { articleFile, checkSite, printedPath, REQUIRED_FIELDS, ROOT, tempSite, type TempSite } from "./helpers";

/** A folder outside the site, as a link in a contribution could point at. */
function outside(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-outside-"));
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.writeFileSync(path.join(dir, "secret.jpg"), fs.readFileSync(path.join(ROOT, "tests/fixtures/hostile-check/pixel.jpg")));
  fs.writeFileSync(path.join(dir, "valid.md"), articleFile(REQUIRED_FIELDS));
  return dir;
}

const printed = (site: TempSite, now?: number) => checkSite(site, now).problems.map(formatProblem);
const publicPath = (site: TempSite, relative: string) => path.relative(process.cwd(), path.join(site.publicDir, relative));

describe("a symbolic link in content/articles/", () => {
  it("is refused, even to a valid article, with the fix", () => {
    const site = tempSite();
    fs.symlinkSync(path.join(outside(), "valid.md"), path.join(site.contentDir, "articles", "linked.md"));

    expect(printed(site)).toEqual([
      `${printedPath(site, "linked.md")}: is a symbolic link: the site would publish whatever it points at; replace the link with the file itself`,
    ]);
  });

  it("is refused when it points inside the folder too", () => {
    const site = tempSite({ "real.md": articleFile(REQUIRED_FIELDS) });
    fs.symlinkSync("real.md", path.join(site.contentDir, "articles", "copy.md"));

    expect(printed(site)).toContain(
      `${printedPath(site, "copy.md")}: is a symbolic link: the site would publish whatever it points at; replace the link with the file itself`,
    );
  });
});

describe("public/", () => {
  it.each([
    ["a file outside the project", (dir: string) => path.join(dir, "secret.jpg"), "leak.jpg"],
    ["a folder outside the project", (dir: string) => dir, "images"],
  ])("refuses a link to %s, naming it and where it points", (_, target, name) => {
    const site = tempSite();
    const to = target(outside());
    fs.symlinkSync(to, path.join(site.publicDir, name));

    expect(printed(site)).toEqual([
      `${publicPath(site, name)}: is a symbolic link (to ${to}): the site would publish what it points at; replace the link with the file itself`,
    ]);
  });

  it("refuses a link deep inside, pointing within public/", () => {
    const site = tempSite();
    site.writePublic("images/a.jpg");
    fs.symlinkSync("a.jpg", path.join(site.publicDir, "images", "b.jpg"));

    expect(printed(site)).toEqual([
      `${publicPath(site, "images/b.jpg")}: is a symbolic link (to a.jpg): the site would publish what it points at; replace the link with the file itself`,
    ]);
  });

  it.each(["images/logo.svg", "page.html", "tracker.js", "notes.txt", "images/README.md"])(
    "refuses %s: only images, fonts and the site's own scripts are published",
    (name) => {
      const site = tempSite();
      site.writePublic(name);

      expect(printed(site)).toEqual([
        `${publicPath(site, name)}: public/ may hold only images (.jpg, .jpeg, .png, .webp, .avif, .gif), fonts (.woff2) and the site's own scripts (copy-link.js, live-updates.js, search.js): remove this file, or move it out of public/`,
      ]);
    },
  );

  it.each(["copy-link.js", "fonts/vazirmatn.woff2", "images/a.jpg", "images/b.PNG", "images/.gitkeep"])("accepts %s", (name) => {
    const site = tempSite();
    site.writePublic(name);

    expect(printed(site)).toEqual([]);
  });

  it("refuses what is neither a file nor a folder, like a named pipe", () => {
    const site = tempSite();
    execFileSync("mkfifo", [path.join(site.publicDir, "pipe.jpg")]);

    expect(printed(site)).toEqual([`${publicPath(site, "pipe.jpg")}: is not a file or a folder: remove it from public/`]);
  });

  it("may hold copy-link.js only at its top: a script of that name elsewhere is another script", () => {
    const site = tempSite();
    site.writePublic("images/copy-link.js");

    expect(printed(site)).toHaveLength(1);
  });
});

describe("an article image", () => {
  const withImage = (src: string) => articleFile({ ...REQUIRED_FIELDS, tags: ["Iran"], image: { src, alt: "A street", credit: "AP" } });
  const imageLine = (site: TempSite) => `${printedPath(site, "x.md")}:9: image.src:`;

  it("reached through a linked folder is refused with the link named", () => {
    const site = tempSite({ "x.md": withImage("/photos/secret.jpg") });
    fs.symlinkSync(outside(), path.join(site.publicDir, "photos"));

    expect(printed(site)).toContain(
      `${imageLine(site)} public/photos/secret.jpg is reached through a symbolic link (photos): replace the link with the file itself`,
    );
  });

  it.each([
    ["a text file", "just words\n", "a text file"],
    ["a web page", "<!doctype html><script>alert(1)</script>", "a web page"],
    ["an SVG", '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', "an SVG or XML file"],
    ["empty", "", "an empty file"],
    ["a HEIC photo", Buffer.from("000000186674797068656963000000006d696631", "hex"), "a heic file (HEIC and other camera formats do not show in every browser)"],
  ])("named .png but really %s is refused, saying what it is", (_, bytes, what) => {
    const site = tempSite({ "x.md": withImage("/images/photo.png") });
    site.writePublic("images/photo.png");
    fs.writeFileSync(path.join(site.publicDir, "images/photo.png"), bytes);

    expect(printed(site)).toEqual([
      `${imageLine(site)} public/images/photo.png is named like a PNG image but is ${what}: save it as a JPEG, PNG, WebP, AVIF or GIF image and use that file`,
    ]);
  });

  it.each(["jpg", "jpeg", "png", "webp", "avif", "gif"])("that really is a .%s passes", (extension) => {
    const site = tempSite({ "x.md": withImage(`/images/photo.${extension}`) });
    site.writePublic(`images/photo.${extension}`);

    expect(printed(site)).toEqual([]);
  });
});

describe("the build's image copies", () => {
  it("never read a file through a link", async () => {
    const site = tempSite();
    fs.symlinkSync(outside(), path.join(site.publicDir, "photos"));
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-out-"));
    onTestFinished(() => fs.rmSync(out, { recursive: true, force: true }));

    expect(await writeImageVariants(["/photos/secret.jpg"], site.publicDir, out)).toEqual([]);
    expect(fs.readdirSync(out)).toEqual([]);
    expect(await describeImage({ src: "/photos/secret.jpg", alt: "x" }, site.publicDir)).toEqual({ src: "/photos/secret.jpg", alt: "x" });
  });
});
