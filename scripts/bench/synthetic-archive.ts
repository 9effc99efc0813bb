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
// Three a day from 2000: 20,000 articles end in 2018. A later start would put the largest archives'
// newest articles in the future, where the build holds them back as scheduled.
const day = (index: number) => new Date(Date.UTC(2000, 0, 1) + index * 8 * 60 * 60 * 1000).toISOString().slice(0, 10);

function sentence(next: () => number, words: number): string {
  const picked = Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]);
  const text = picked.join(" ");
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

function paragraph(next: () => number): string {
  return Array.from({ length: 5 }, () => sentence(next, 10 + Math.floor(next() * 8))).join(" ");
}

// The sentence of a correction: added to the end of an article's lead by editOneArticle.
const CORRECTION = "An earlier version of this report gave the wrong district.";

/** One article, about 700 words: a lead and three subheaded sections; `corrected`, one sentence more. */
export function syntheticArticle(index: number, corrected = false): string {
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
  // The correction draws nothing from `next`: the rest of the article is as it was, word for word.
  const lead = corrected ? `${paragraph(next)} ${CORRECTION}` : paragraph(next);
  return `---\n${stringify(frontmatter)}---\n\n${lead}\n\n${paragraph(next)}\n\n${sections.join("\n\n")}\n`;
}

const fileOf = (contentDir: string, index: number) => path.join(contentDir, "articles", `${slugOf(index)}.md`);

/** Writes `count` articles into <contentDir>/articles/, replacing whatever was there. */
export function writeSyntheticArchive(contentDir: string, count: number): void {
  fs.rmSync(path.join(contentDir, "articles"), { recursive: true, force: true });
  fs.mkdirSync(path.join(contentDir, "articles"), { recursive: true });
  for (let index = 0; index < count; index += 1) fs.writeFileSync(fileOf(contentDir, index), syntheticArticle(index));
}

/** An editor's correction to an archive of `count`: one sentence more in the newest article's body. */
export function editOneArticle(contentDir: string, count: number): void {
  fs.writeFileSync(fileOf(contentDir, count - 1), syntheticArticle(count - 1, true));
}

/** An editor's new story for an archive of `count`: the next article, linking earlier ones as every article does. */
export function addOneArticle(contentDir: string, count: number): void {
  fs.writeFileSync(fileOf(contentDir, count), syntheticArticle(count));
}

/** The archive of `count` again, as it was before editOneArticle and addOneArticle. */
export function undoArchiveEdits(contentDir: string, count: number): void {
  fs.writeFileSync(fileOf(contentDir, count - 1), syntheticArticle(count - 1));
  fs.rmSync(fileOf(contentDir, count), { force: true });
}
