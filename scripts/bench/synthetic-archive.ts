// A made-up archive for the benchmark: articles shaped like the newsroom's (about 700 words in
// sections, every field an editor fills in, a timeline linking to earlier articles, a few tags
// from a shared pool), so a build of it costs what a real archive of that size would. The same
// count always gives the same files, so runs can be compared.
import fs from "node:fs";
import path from "node:path";
import { stringify } from "yaml";

const SECTIONS = ["Afghanistan", "Iran", "Pakistan", "Central Asia", "Economy", "Human rights"];
const PLACES = ["Kabul", "Herat", "Kandahar", "Mazar-i-Sharif", "Tehran", "Mashhad", "Peshawar", "Quetta", "Dushanbe", "Islamabad"];
const WORDS = (
  "the a of and to in on for with by from officials said government province border refugees " +
  "commander police security forces talks trade markets prices families women schools aid water " +
  "drought harvest wheat fuel roads checkpoint district council elders ministry spokesperson " +
  "report witnesses residents journalists court ruling sanctions envoy delegation meeting agreement " +
  "returned crossed arrested released killed wounded protested announced denied confirmed warned " +
  "week month year morning night after before during since against between across under over " +
  "new former local regional national international senior several many most some no"
).split(" ");

// A small seeded generator: the same archive every run, with no dependency for it.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const slugOf = (index: number) => `synthetic-report-${index + 1}`;
const day = (index: number) => new Date(Date.UTC(2015, 0, 1) + index * 8 * 60 * 60 * 1000).toISOString().slice(0, 10);

function sentence(next: () => number, words: number): string {
  const picked = Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]);
  const text = picked.join(" ");
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

function paragraph(next: () => number): string {
  return Array.from({ length: 5 }, () => sentence(next, 10 + Math.floor(next() * 8))).join(" ");
}

/** One article, about 700 words: a lead and three subheaded sections. */
export function syntheticArticle(index: number): string {
  const next = random(index + 1);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const tags = [...new Set(Array.from({ length: 3 }, () => `Topic ${1 + Math.floor(next() * 150)}`))];
  // Earlier articles only, so every link points at an article that exists.
  const linked = index === 0 ? [] : [...new Set(Array.from({ length: 3 }, () => Math.floor(next() * index)))];
  const frontmatter = {
    title: `Report ${index + 1}: ${sentence(next, 6).slice(0, -1)}`,
    standfirst: sentence(next, 18),
    publishedAt: day(index),
    section: pick(SECTIONS),
    tags,
    byline: `Correspondent ${1 + (index % 40)}`,
    source: { name: "The Frontier Dispatch", url: "https://www.example.org/" },
    location: pick(PLACES),
    relatedEvents: [
      ...linked.map((earlier) => ({ date: day(earlier), title: `Report ${earlier + 1} events`, place: pick(PLACES), article: slugOf(earlier) })),
      { date: day(index).slice(0, 4), approximate: true, title: `Background to report ${index + 1}`, summary: sentence(next, 14) },
      { date: day(index), title: `Report ${index + 1} events`, place: pick(PLACES), article: slugOf(index) },
    ],
  };
  const sections = ["Reaction", "Background", "What comes next"].map((heading) => `## ${heading}\n\n${paragraph(next)}\n\n${paragraph(next)}\n\n${paragraph(next)}`);
  return `---\n${stringify(frontmatter)}---\n\n${paragraph(next)}\n\n${paragraph(next)}\n\n${sections.join("\n\n")}\n`;
}

/** Writes `count` articles into <contentDir>/articles/, replacing whatever was there. */
export function writeSyntheticArchive(contentDir: string, count: number): void {
  const dir = path.join(contentDir, "articles");
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (let index = 0; index < count; index += 1) fs.writeFileSync(path.join(dir, `${slugOf(index)}.md`), syntheticArticle(index));
}
