import fs from "node:fs";
import path from "node:path";
import { FONT_FILES } from "@/lib/i18n/fonts";

// Copied at build time from the font packages in node_modules to out/fonts/<file>.
export const dynamic = "force-static";
export const dynamicParams = false;

const fonts = Object.values(FONT_FILES);

export function generateStaticParams() {
  return fonts.map(({ file }) => ({ file }));
}

export async function GET(_request: Request, { params }: RouteContext<"/fonts/[file]">) {
  const { file } = await params;
  const font = fonts.find((candidate) => candidate.file === file);
  if (!font) return new Response("Not found", { status: 404 });
  const bytes = fs.readFileSync(path.join(process.cwd(), "node_modules", font.packageName, "files", font.file));
  return new Response(bytes, { headers: { "Content-Type": "font/woff2" } });
}
