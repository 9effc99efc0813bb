// Photos uploaded through the desk, judged before decap-server writes them, by the check's own
// rules and in its words: a file the check would refuse on the story's `image.src` line (a name
// that is not web-safe, a HEIC or a PDF, a JPEG cut short) never lands in public/images/.
// Decap names an upload itself (lowercase, each run of other characters a hyphen: our `slug`
// setting) and records that name in the story, so the desk refuses rather than renames.
import path from "node:path";
import { z } from "zod";
import { SNIFF_BYTES } from "@/lib/content/image-kind";
import { imageNameProblem } from "@/lib/content/image-name";
import { unreadableImageProblem } from "@/lib/content/image-readable";
import { imageContentProblem } from "@/lib/content/public-image";

// decap-server's persistMedia sends one `asset`, persistEntry a story with its `assets`.
const asset = z.object({ path: z.string(), content: z.string(), encoding: z.literal("base64") });
const uploads = z.object({ asset: asset.optional(), assets: z.array(asset).optional() });

/**
 * The check's message for the first photo in a request's `params` that the check would refuse, or
 * undefined. `root` is the folder decap-server serves, `publicDir` the site's public folder.
 */
export async function uploadedPhotoProblem(params: unknown, root: string, publicDir: string): Promise<string | undefined> {
  const found = uploads.safeParse(params);
  if (!found.success) return undefined;
  for (const { path: named, content } of [found.data.asset ?? [], found.data.assets ?? []].flat()) {
    const file = path.resolve(root, named);
    const src = `/${path.relative(publicDir, file).split(path.sep).join("/")}`;
    const bytes = Buffer.from(content, "base64");
    const problem =
      imageNameProblem(publicDir, file, "photo") ?? imageContentProblem(src, bytes.subarray(0, SNIFF_BYTES)) ?? (await unreadableImageProblem(src, bytes));
    if (problem) return problem;
  }
  return undefined;
}
