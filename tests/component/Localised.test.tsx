// An article in Dari or Pashto is labelled and dated in its language, from lib/i18n/labels.ts.
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Article } from "@/components/Article";
import { ArticleList } from "@/components/ArticleList";
import { makeArticle } from "./article-data";

afterEach(cleanup);

const dari = () =>
  makeArticle(
    "dari",
    {
      title: "گزارش",
      language: "fa-AF",
      publishedAt: "2025-11-05",
      updatedAt: "2025-11-06",
      source: { name: "یک خبرگزاری" },
      corrections: [{ date: "2025-11-07", text: "اصلاح." }],
      relatedEvents: [
        { date: "2023", approximate: true, title: "رویداد نخست" },
        { date: "2025-11-05", title: "همین رویداد", article: "dari" },
      ],
    },
    "متن گزارش.",
  );

describe("an article in Dari", () => {
  it("has its credit line, dates and reading time in Dari, with Persian digits and the Solar Hijri calendar", () => {
    render(<Article article={dari()} />);
    const credit = screen.getByRole("banner");
    expect(within(credit).getByText("۱۴ عقرب ۱۴۰۴").getAttribute("datetime")).toBe("2025-11-05");
    expect(credit.querySelector(".updated")?.textContent).toBe("به‌روز شده ۱۵ عقرب ۱۴۰۴");
    expect(within(credit).getByRole("link", { name: "اصلاح شده" }).getAttribute("href")).toBe("#corrections");
    expect(within(credit).getByText("۱ دقیقه خواندن")).toBeTruthy();
    expect(credit.querySelector(".source")?.textContent).toBe("گزارش از یک خبرگزاری");
  });

  it("labels its timeline, corrections and share links in Dari", () => {
    render(<Article article={dari()} />);
    const timeline = screen.getByRole("complementary", { name: "رویدادهای مرتبط" });
    expect([...timeline.querySelectorAll("time")].map((time) => time.textContent)).toEqual(["حدود ۲۰۲۳ م.", "۱۴ عقرب ۱۴۰۴"]);
    expect(within(timeline).getByText("همین گزارش")).toBeTruthy();
    expect(screen.getByRole("region", { name: "اصلاحیه" })).toBeTruthy();
    expect(screen.getByRole("group", { name: "شریک‌سازی" })).toBeTruthy();
  });
});

describe("the front page", () => {
  it("leads with the newest story and dates each story in its own language, with its reading time and update", () => {
    const english = makeArticle("english", { title: "An English story", publishedAt: "2025-11-04", updatedAt: "2025-11-05" });
    render(<ArticleList articles={[dari(), english]} />);
    const [lead, second] = within(screen.getByRole("list")).getAllByRole("listitem");
    expect(lead.className).toBe("lead-story");
    expect(within(lead).getByText("۱۴ عقرب ۱۴۰۴")).toBeTruthy();
    expect(second.querySelector(".dates")?.textContent).toBe("4 November 2025Updated 5 November 20251 min read");
  });
});
