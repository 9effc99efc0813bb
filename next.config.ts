import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants";

const nextConfig = (phase: string): NextConfig => ({
  // The whole site is static files in out/, servable by any host or CDN. Not in the preview (next
  // dev): there an export answers an address no page lists with an error, "missing param in
  // generateStaticParams", where the site has its not-found page (dynamicParams = false gives it).
  output: phase === PHASE_DEVELOPMENT_SERVER ? undefined : "export",
  // Each page is out/<path>/index.html, which every static server understands.
  trailingSlash: true,
  // Articles each have a root layout (for <html lang dir>), so the 404 page needs its own.
  experimental: {
    globalNotFound: true,
    // Turbopack's build cache (on by default since 16.3) is kept in .next/cache and grows with every
    // build; here it made builds slower, not faster: compiling took 9 s with it warm and 6 s without,
    // and a cache grown to 2.7 GB took 13-17 s and 3.2 GB of memory to compile the same site.
    turbopackFileSystemCacheForBuild: false,
  },
  images: { unoptimized: true },
  poweredByHeader: false,
  // `npm test` (and so CI) type-checks every file first; a build, which editors run after a content
  // change that cannot introduce a type error, need not do it again (it costs 10-25 s and 330 MB).
  typescript: { ignoreBuildErrors: true },
  // scripts/build.ts exports into a temporary folder and swaps it in only when the build succeeds.
  distDir: process.env.NEXT_DIST_DIR,
  // scripts/build/steps.ts names the build after its code, so that a page kept from the last build
  // (an incremental build) and one rendered now belong to the same build; otherwise Next.js's own.
  generateBuildId: () => process.env.NEXT_BUILD_ID ?? null,
});

export default nextConfig;
