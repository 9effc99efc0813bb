// The desk's configuration (Decap CMS's config, passed to CMS.init), made from the zod schemas the
// check uses, so that a field added to the contract is in the desk's form with no second list to
// keep. Only what a schema cannot say is written here: which widget suits a field (a photo, a long
// text), the collections' folders, and the hints, which come from the editors' guide.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { authorSchema } from "@/lib/content/author-schema";
import { pageSchema } from "@/lib/content/page-schema";
import { frontmatterSchema } from "@/lib/content/schema";
import { editionName, labelledLanguages } from "@/lib/i18n/labels";
import { settingsSchema, SITE_SETTINGS_FILE } from "@/lib/site-settings";

export type DeskField = {
  name: string;
  label: string;
  widget: string;
  required: boolean;
  hint: string;
  default?: unknown;
  fields?: DeskField[];
  field?: DeskField;
  options?: string[];
  multiple?: boolean;
  value_type?: string;
  /** The translation widget's languages: each code, and its edition's name in its own script. */
  languages?: { code: string; name: string }[];
  /** A relation's collection, what the editor searches and sees, and what is written (a story's file name). */
  collection?: string;
  search_fields?: string[];
  display_fields?: string[];
  value_field?: string;
};

/** Fields a plain one-line input does not suit, by their path in the file (list items have no index). */
const WIDGETS: Record<string, string> = {
  standfirst: "text",
  "image.src": "image",
  "image.caption": "text",
  "live.summary": "markdown",
  "updates.text": "markdown",
  "updates.image.src": "image",
  "updates.image.caption": "text",
  "corrections.text": "text",
  "relatedEvents.summary": "text",
  description: "text",
  // The key, with links that start the story's other versions (desk-page.js).
  translationKey: "translation",
  // A story picked by its headline, not a file name typed: a link to no story is not made.
  "relatedEvents.article": "relation",
};

const STORY_LINK = { collection: "stories", search_fields: ["title"], display_fields: ["title"], value_field: "{{slug}}" };

type Schema = z.core.$ZodType;

/** The schema a field's value is checked by, past optional, default and transform. */
function valueSchema(schema: Schema): Schema {
  const def = schema._zod.def;
  if (def.type === "optional" || def.type === "default" || def.type === "prefault" || def.type === "nullable") {
    return valueSchema((def as z.core.$ZodOptionalDef).innerType);
  }
  if (def.type === "pipe") {
    const { in: input, out } = def as z.core.$ZodPipeDef;
    // A preprocess is a pipe from a transform into the schema; a transform, a pipe out of it.
    return valueSchema(input._zod.def.type === "transform" ? out : input);
  }
  return schema;
}

/** What the schema itself says the field wants, in the words an editor sees when it is missing. */
function schemaHint(schema: Schema): string {
  const result = z.safeParse(valueSchema(schema), undefined);
  const message = result.success ? "" : (result.error.issues[0]?.message ?? "");
  return message.replace(/^is required: add /, "").replace(/^expected /, "");
}

/** The editors' guide's table of fields: each field's hint, as the guide says it. */
export function guideHints(guide: string): Record<string, string> {
  const hints: Record<string, string> = {};
  for (const match of guide.matchAll(/^\| `(\w+)` \| (?:yes|no) \| (.+) \|$/gm)) hints[match[1]] = match[2].trim();
  return hints;
}

function labelOf(name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// Decap checks the required fields of an optional object even when the editor left the whole
// object empty, so a story without a photo could not be saved: in an optional object the desk asks
// for nothing, and the check, which knows the object was started, names what it still needs.
function deskField(name: string, schema: Schema, where: string, hints: Record<string, string>, inOptionalObject: boolean): DeskField {
  const required = !inOptionalObject && !z.safeParse(schema, undefined).success;
  const value = valueSchema(schema);
  const def = value._zod.def;
  const field: DeskField = { name, label: labelOf(name), widget: WIDGETS[where] ?? "string", required, hint: hints[where] ?? schemaHint(schema) };
  if (field.widget === "translation") field.languages = labelledLanguages.map((code) => ({ code, name: editionName(code) }));
  if (field.widget === "relation") Object.assign(field, STORY_LINK);
  if (schema._zod.def.type === "default") field.default = (schema._zod.def as z.core.$ZodDefaultDef).defaultValue;
  if (def.type === "boolean") field.widget = "boolean";
  else if (def.type === "number") Object.assign(field, { widget: "number", value_type: "int" });
  else if (def.type === "enum") Object.assign(field, { widget: "select", options: Object.values((def as z.core.$ZodEnumDef).entries).map(String) });
  else if (def.type === "object") Object.assign(field, { widget: "object", fields: deskFields(value, `${where}.`, hints, inOptionalObject || !required) });
  else if (def.type === "array") {
    const item = valueSchema((def as z.core.$ZodArrayDef).element);
    const itemDef = item._zod.def;
    if (itemDef.type === "object") Object.assign(field, { widget: "list", fields: deskFields(item, `${where}.`, hints) });
    else if (itemDef.type === "enum") {
      Object.assign(field, { widget: "select", multiple: true, options: Object.values((itemDef as z.core.$ZodEnumDef).entries).map(String) });
    } else field.widget = "list";
  } else if (def.type !== "string") throw new Error(`${where}: the desk has no widget for a field of type ${def.type}: add one in scripts/desk/desk-config.ts`);
  return field;
}

/** A form's fields, one for each field of an object schema, in the schema's order. */
function deskFields(schema: Schema, prefix: string, hints: Record<string, string>, inOptionalObject = false): DeskField[] {
  const def = valueSchema(schema)._zod.def;
  if (def.type !== "object") throw new Error(`${prefix || "the schema"}: expected an object schema`);
  const shape = (def as z.core.$ZodObjectDef).shape;
  return Object.entries(shape).map(([name, field]) => deskField(name, field, `${prefix}${name}`, hints, inOptionalObject));
}

const body = (label: string, hint: string): DeskField => ({ name: "body", label, widget: "markdown", required: true, hint });

export type DeskFolders = {
  /** The content folder and the images folder, relative to the folder decap-server serves. */
  content: string;
  images: string;
  /** decap-server's address. */
  server: string;
};

// A new story's file is named by the day and the time (UTC) it is first saved, 2026-12-07-0930.md
// (-1, -2 after it when that name is taken). Named from the headline, a story headlined in Dari or
// Pashto alone had no letter to name it by, and Decap saved nothing and said nothing. Decap has no
// "the headline, or else the date": each placeholder is cleaned on its own and the hyphen between
// them stays, so a headline with no Latin letter left a name ending in "-", which the check refuses.
const STORY_FILE_NAME = "{{year}}-{{month}}-{{day}}-{{hour}}{{minute}}";

/** Decap CMS's configuration for the newsroom's files in `folders`. */
export function deskConfig(folders: DeskFolders, guide = fs.readFileSync(path.join(process.cwd(), "docs/editors-guide.md"), "utf8")) {
  const storyHints = guideHints(guide);
  const folder = (name: string) => path.posix.join(folders.content, name);
  const collection = (name: string, label: string, fields: DeskField[]) => ({
    name,
    label,
    folder: folder(name === "stories" ? "articles" : name),
    extension: "md",
    format: "frontmatter",
    create: true,
    slug: name === "stories" ? STORY_FILE_NAME : "{{slug}}",
    // A reporter's file is named from the name a byline finds them by; without it Decap named it
    // from every field written out ("map-links-list-name-...").
    identifier_field: name === "authors" ? "name" : "title",
    fields,
  });
  return {
    load_config_file: false,
    backend: { name: "git-gateway" },
    local_backend: { url: folders.server },
    // A file name is a slug of lowercase letters, digits and hyphens (lib/content/file-name.ts):
    // "Café in Hérat" becomes cafe-in-herat, not a name the check refuses.
    slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-" },
    media_folder: folders.images,
    public_folder: "/images",
    collections: [
      collection("stories", "Stories", [...deskFields(frontmatterSchema, "", storyHints), body("Story", "the story, in markdown")]),
      collection("authors", "Reporters", [...deskFields(authorSchema, "", {}), body("Bio", "a few lines about the reporter, in markdown")]),
      collection("pages", "Newsroom pages", [...deskFields(pageSchema, "", {}), body("Page", "the page, in markdown")]),
      {
        name: "settings",
        label: "Site settings",
        files: [{ name: "site", label: "Site settings", file: folder(SITE_SETTINGS_FILE), format: "yml", fields: deskFields(settingsSchema, "", {}) }],
      },
    ],
  };
}
