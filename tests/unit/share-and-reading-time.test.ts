import { describe, expect, it } from "vitest";
import { renderBody } from "@/lib/render/markdown";
import { countWords, readingMinutes } from "@/lib/render/reading-time";
import { shareLinks } from "@/lib/publish/share";

describe("shareLinks", () => {
  const links = Object.fromEntries(shareLinks("https://news.example.org/articles/a/?x=1", "Kabul & Herat").map(({ service, href }) => [service, href]));

  it("puts the address and headline in each service's share address, encoded", () => {
    expect(links.email).toBe("mailto:?subject=Kabul%20%26%20Herat&body=Kabul%20%26%20Herat%0A%0Ahttps%3A%2F%2Fnews.example.org%2Farticles%2Fa%2F%3Fx%3D1");
    expect(new URL(links.x).searchParams.get("url")).toBe("https://news.example.org/articles/a/?x=1");
    expect(new URL(links.x).searchParams.get("text")).toBe("Kabul & Herat");
    expect(new URL(links.facebook).searchParams.get("u")).toBe("https://news.example.org/articles/a/?x=1");
    expect(new URL(links.whatsapp).searchParams.get("text")).toBe("Kabul & Herat https://news.example.org/articles/a/?x=1");
    expect(new URL(links.telegram).searchParams.get("url")).toBe("https://news.example.org/articles/a/?x=1");
  });

  it("lists email, X, Facebook, WhatsApp and Telegram, in that order", () => {
    expect(Object.keys(links)).toEqual(["email", "x", "facebook", "whatsapp", "telegram"]);
  });
});

describe("readingMinutes", () => {
  const words = (count: number) => Array.from({ length: count }, () => "word").join(" ");

  it("counts the words of the body and its subheadings, not its markup", () => {
    const { sections } = renderBody("One *two* [three](https://example.com).\n\n## Four five\n\nSix — seven.");
    expect(countWords(sections)).toBe(7);
  });

  it("rounds to whole minutes at 200 words a minute, and is never zero", () => {
    expect(readingMinutes(countWords(renderBody("Short.").sections))).toBe(1);
    expect(readingMinutes(countWords(renderBody(words(500)).sections))).toBe(3);
    expect(readingMinutes(countWords(renderBody(words(1000)).sections))).toBe(5);
  });

  it("counts Persian words too", () => {
    expect(countWords(renderBody("بازرگانان روز دوشنبه بازگشتند.").sections)).toBe(4);
  });
});
