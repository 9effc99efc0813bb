import fs from "node:fs";
import path from "node:path";
import { ImageResponse } from "next/og";
import { LOGO_SIZE } from "@/lib/publish/seo";

// The publisher logo in JSON-LD. Google wants a raster image, so app/icon.svg is drawn as a PNG
// at build time (to out/logo.png): one source, so the favicon and the logo cannot drift apart.
export const dynamic = "force-static";

const icon = `data:image/svg+xml;base64,${fs.readFileSync(path.join(process.cwd(), "app/icon.svg")).toString("base64")}`;

export function GET() {
  return new ImageResponse(<img src={icon} alt="" width={LOGO_SIZE.width} height={LOGO_SIZE.height} />, LOGO_SIZE);
}
