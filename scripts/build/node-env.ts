// The build makes the site for readers. NODE_ENV=development is the editors' preview (`next dev`),
// which shows drafts and scheduled stories (lib/config.ts): a build under it would put them in the
// snapshot Next.js reads. Next.js sets production for its own build when NODE_ENV is unset.

/** Why the build will not run under `nodeEnv`, or undefined when it may: unset, or production. */
export function nodeEnvRefusal(nodeEnv: string | undefined): string | undefined {
  if (!nodeEnv || nodeEnv === "production") return undefined;
  return `Nothing was built: NODE_ENV is ${JSON.stringify(nodeEnv)}, but the build makes the site for readers, with NODE_ENV unset or production (development is the preview's, npm run dev, which shows drafts). Unset NODE_ENV and run the build again.`;
}
