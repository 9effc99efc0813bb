// A photo uploaded through the desk is judged by the check's photo rules before it is written, and
// refused in the check's words: what the check would refuse on the story's image line never
// lands in public/images/.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { uploadedPhotoProblem } from "@/scripts/desk/uploaded-photos";
import { folder } from "../host/temp-folder";

const photo = fs.readFileSync("tests/fixtures/public/images/border-market.jpg");
const upload = (name: string, bytes: Buffer) => ({ asset: { path: `public/images/${name}`, content: bytes.toString("base64"), encoding: "base64" } });

/** The desk's verdict on a request's `params`, for a project in a throwaway folder. */
function judged(params: unknown): Promise<string | undefined> {
  const project = folder();
  return uploadedPhotoProblem(params, project, path.join(project, "public"));
}

describe("a photo uploaded through the desk", () => {
  it("is let through when the check would accept it", async () => {
    expect(await judged(upload("kabul-market-photo-1-.jpg", photo))).toBeUndefined();
  });

  it("is refused, in the check's words, when the check would refuse it", async () => {
    const heic = Buffer.concat([Buffer.from("\0\0\0\x18ftypheic", "latin1"), Buffer.alloc(40)]);
    expect(await judged(upload("img_0042.heic", heic))).toBe(
      "public/images/img_0042.heic is not an image: use a .jpg, .jpeg, .png, .webp, .avif or .gif file",
    );
    expect(await judged(upload("market.jpg", heic))).toBe(
      "public/images/market.jpg is named like a JPEG image but is a heic file (HEIC and other camera formats do not show in every browser): save it as a JPEG, PNG, WebP, AVIF or GIF image and use that file",
    );
    expect(await judged(upload("cut.jpg", photo.subarray(0, 24)))).toMatch(
      /^public\/images\/cut\.jpg starts like a JPEG image but cannot be read \(.+\): it may be cut short or damaged; export it again from the original$/,
    );
    // Decap keeps "~" in a name; the check does not.
    expect(await judged(upload("market~1.jpg", photo))).toMatch(/^public\/images\/market~1\.jpg: a file name on the web may hold only/);
  });

  it("is judged in a story saved with its photo too", async () => {
    const story = { entry: { path: "content/articles/a.md", raw: "" }, assets: [upload("a.jpg", photo).asset, upload("b.pdf", Buffer.from("%PDF-1.7")).asset] };
    expect(await judged(story)).toBe("public/images/b.pdf is not an image: use a .jpg, .jpeg, .png, .webp, .avif or .gif file");
  });
});
