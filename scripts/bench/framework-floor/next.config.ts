import type { NextConfig } from "next";

// The site's own export settings, and nothing else: see app/articles/[slug]/page.tsx.
const nextConfig: NextConfig = {
  output: "export",
  trailingSlash: true,
  experimental: { turbopackFileSystemCacheForBuild: false },
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
