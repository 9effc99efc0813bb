// The editors' guide is where an editor looks a field up (the template's header sends them there):
// every field of the contract, and every warning's name an editor may accept, is in it.
import fs from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { WARNING_KINDS } from "@/lib/content/accepted-warnings";
import { FIELD_NAMES } from "@/lib/content/schema";
import { ROOT } from "./helpers";

const guide = fs.readFileSync(path.join(ROOT, "docs/editors-guide.md"), "utf8");

it("has a row in its table of fields for every field of an article", () => {
  expect(FIELD_NAMES[""].filter((field) => !guide.includes(`| \`${field}\` |`))).toEqual([]);
});

it("names every warning an editor may accept", () => {
  expect(WARNING_KINDS.filter((kind) => !guide.includes(`\`${kind}\``))).toEqual([]);
});
