// The settings that load tests/host/no-network.cjs into a build and every process it starts.
import path from "node:path";

const PRELOAD = path.resolve("tests/host/no-network.cjs");

/** NODE_OPTIONS with the preload added, and where it reports each refused attempt. */
export function noNetworkEnv(report: string): Record<string, string> {
  // Quoted: NODE_OPTIONS splits on spaces, and the project's folder may have one.
  const options = [process.env.NODE_OPTIONS, `--require ${JSON.stringify(PRELOAD)}`].filter(Boolean).join(" ");
  return { NODE_OPTIONS: options, NO_NETWORK_REPORT: report };
}
