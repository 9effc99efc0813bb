// The desk's form is made from the check's schemas (scripts/desk/desk-config.ts). Here zod's own
// JSON Schema of each contract, made by zod rather than by our code, is the measure: a field the
// desk lacks or invents, a widget that writes another type, or a field the desk asks for that the
// contract leaves optional (or the reverse) fails.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { authorSchema } from "@/lib/content/author-schema";
import { pageSchema } from "@/lib/content/page-schema";
import { frontmatterSchema } from "@/lib/content/schema";
import { settingsSchema } from "@/lib/site-settings";
import { deskConfig, guideHints, type DeskField } from "@/scripts/desk/desk-config";
import { ROOT } from "./helpers";

const guide = fs.readFileSync(path.join(ROOT, "docs/editors-guide.md"), "utf8");
const config = deskConfig({ content: "content", images: "public/images", server: "http://127.0.0.1:8081/api/v1" }, guide);

const JsonSchema = z.object({
  type: z.string().optional(),
  properties: z.record(z.string(), z.unknown()).optional(),
  required: z.array(z.string()).optional(),
  items: z.unknown().optional(),
  enum: z.array(z.unknown()).optional(),
});
type JsonSchema = z.infer<typeof JsonSchema>;

/** The JSON type each widget writes, as the contract's JSON Schema names it. */
function writes(field: DeskField): string {
  if (field.widget === "select") return field.multiple ? "array" : "string";
  const types: Record<string, string> = { string: "string", translation: "string", relation: "string", text: "string", markdown: "string", image: "string", boolean: "boolean", number: "number", list: "array", object: "object" };
  return types[field.widget] ?? `no type (widget ${field.widget})`;
}

/**
 * Each disagreement between the desk's fields and the JSON Schema of an object, by the field's path.
 * In an optional object the desk requires nothing (Decap would refuse to save the object left empty;
 * scripts/desk/desk-config.ts), so there a field the contract requires is optional in the desk.
 */
function disagreements(fields: DeskField[], schema: JsonSchema, where: string, inOptionalObject = false): string[] {
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const found: string[] = [];
  const names = fields.map((field) => field.name).filter((name) => name !== "body");
  for (const name of Object.keys(properties).filter((name) => !names.includes(name))) found.push(`${where}${name}: in the contract, not in the desk`);
  for (const field of fields.filter((field) => field.name !== "body")) {
    const at = `${where}${field.name}`;
    if (!(field.name in properties)) {
      found.push(`${at}: in the desk, not in the contract`);
      continue;
    }
    const property = JsonSchema.parse(properties[field.name]);
    const type = property.type === "integer" ? "number" : (property.type ?? (property.enum ? "string" : "any"));
    if (writes(field) !== type) found.push(`${at}: the desk writes ${writes(field)}, the contract wants ${type}`);
    const contractRequires = !inOptionalObject && required.has(field.name);
    if (field.required !== contractRequires) found.push(`${at}: the desk says required ${field.required}, the contract ${contractRequires}`);
    if (!field.hint) found.push(`${at}: no hint`);
    const inner = type === "array" ? JsonSchema.parse(property.items ?? {}) : property;
    if (inner.type === "object") found.push(...disagreements(field.fields ?? [], inner, `${at}.`, type === "object" && (inOptionalObject || !contractRequires)));
  }
  return found;
}

const contracts = { stories: frontmatterSchema, authors: authorSchema, pages: pageSchema, settings: settingsSchema };

describe("the desk's form and the contract", () => {
  for (const [name, schema] of Object.entries(contracts)) {
    it(`agree on every field of ${name}: its name, type and whether it is required`, () => {
      const collection = config.collections.find((entry) => entry.name === name);
      const fields = collection && "fields" in collection ? collection.fields : collection?.files[0].fields;
      const json = JsonSchema.parse(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }));
      expect(disagreements(fields ?? [], json, "")).toEqual([]);
    });
  }

  it("gives each field of a story the editors' guide's hint", () => {
    const stories = config.collections.find((entry) => entry.name === "stories");
    const hints = guideHints(guide);
    const fields = stories && "fields" in stories ? stories.fields : [];
    expect(Object.keys(hints).sort()).toEqual(Object.keys(frontmatterSchema.shape).sort());
    expect(fields.filter((field) => field.name !== "body" && field.hint !== hints[field.name]).map((field) => field.name)).toEqual([]);
  });

  it("writes stories, reporters and pages in the content folder and photos in public/images", () => {
    const folders = config.collections.map((entry) => ("folder" in entry ? entry.folder : entry.files[0].file));
    expect(folders).toEqual(["content/articles", "content/authors", "content/pages", "content/site.yml"]);
    expect([config.media_folder, config.public_folder]).toEqual(["public/images", "/images"]);
  });
});
