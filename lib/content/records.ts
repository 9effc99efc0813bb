/** Whether a value parsed from YAML is a map of fields (not a list, not a single value). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
