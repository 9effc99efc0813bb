// The sites the end-to-end tests run against: the default build, without the Next.js runtime; the
// one with it (FRAMEWORK_RUNTIME=keep), which every test also runs against; and the fixture
// content (tests/fixtures), built the default way. E2E_PORT lets two checkouts test side by side;
// the port after it is `next dev`, for the preview tests.
const PORT = Number(process.env.E2E_PORT ?? 4321);

export const builds = [
  { name: "chromium", port: PORT, outDir: "out", runtime: "stripped", env: "" },
  { name: "chromium-with-runtime", port: PORT + 2, outDir: "out.with-runtime", runtime: "kept", env: "FRAMEWORK_RUNTIME=keep" },
] as const;

export const FIXTURE_BUILD = {
  port: PORT + 3,
  outDir: "out.fixtures",
  env: "CONTENT_DIR=tests/fixtures/content PUBLIC_DIR=tests/fixtures/public",
} as const;

export type Build = (typeof builds)[number];

export const origin = (build: { port: number }) => `http://127.0.0.1:${build.port}`;
