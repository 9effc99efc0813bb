import type { MetadataRoute } from "next";
import { absoluteUrl, sitePaths } from "@/lib/site";

// Written once at build time to out/robots.txt.
export const dynamic = "force-static";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/" },
    sitemap: [absoluteUrl(sitePaths.sitemap), absoluteUrl(sitePaths.newsSitemap)],
  };
}
