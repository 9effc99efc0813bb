// A section's name in each edition's language, where editors want one: the Dari edition lists
// "Afghanistan" as افغانستان. Keyed by the section's address (its slug), so "Afghanistan" and
// "afghanistan" are one entry. A section with no name in an edition's language shows the name its
// articles give it.
import { termSlug } from "../content/taxonomy";
import { labelledLanguages } from "./labels";

type Names = Partial<Record<(typeof labelledLanguages)[number], string>>;

const SECTION_NAMES: Record<string, Names> = {
  afghanistan: { fa: "افغانستان", ps: "افغانستان" },
  iran: { fa: "ایران", ps: "ایران" },
  economy: { fa: "اقتصاد", ps: "اقتصاد" },
  pakistan: { fa: "پاکستان", ps: "پاکستان" },
  region: { fa: "منطقه", ps: "سیمه" },
  world: { fa: "جهان", ps: "نړۍ" },
};

/** The section's name as `edition` shows it. */
export function sectionName(name: string, edition: string): string {
  const language = labelledLanguages.find((code) => code === edition);
  return (language && SECTION_NAMES[termSlug(name)]?.[language]) || name;
}
