// The two builds every end-to-end test runs against: the default, without the Next.js runtime,
// and the one with it (FRAMEWORK_RUNTIME=keep). E2E_PORT lets two checkouts test side by side;
// the port after it is `next dev`, for the preview tests.
const PORT = Number(process.env.E2E_PORT ?? 4321);

export const builds = [
  { name: "chromium", port: PORT, outDir: "out", runtime: "stripped" },
  { name: "chromium-with-runtime", port: PORT + 2, outDir: "out.with-runtime", runtime: "kept" },
] as const;

export type Build = (typeof builds)[number];

export const origin = (build: Build) => `http://127.0.0.1:${build.port}`;
