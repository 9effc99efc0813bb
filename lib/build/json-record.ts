// A small JSON file the build keeps for later (what the last build published, what a site was built
// for): read back through its schema, and taken for absent when it is missing, damaged or of an
// older shape, since each is only a record, never something to fail over.
import fs from "node:fs";
import type { z } from "zod";

/** The record in `file`, as `schema` reads it; undefined when there is none, or it is not one. */
export function readJsonRecord<T>(file: string, schema: z.ZodType<T>): T | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
