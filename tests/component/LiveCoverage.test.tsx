// A live story's page as readers see it, in English and in Dari: the label, what is known, then
// the updates newest first, each with its time, its own anchor and a link to share it.
import path from "node:path";
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Article } from "@/components/Article";
import { describeStoryPhotos } from "@/lib/build/images";
import { makeArticle } from "./article-data";

afterEach(cleanup);

const live = (fields: Record<string, unknown> = {}, ended?: string) =>
  makeArticle("torkham-live", {
    title: "Torkham crossing closes",
    publishedAt: "2026-12-02T08:00:00+04:30",
    live: { summary: "- The crossing closed at 08:00.\n- No reason has been given.", ...(ended && { ended }) },
    updates: [
      { id: "gate-closes", at: "2026-12-02T09:30:00+04:30", headline: "Guards close the gate", reporter: "Maryam Ahmadi", text: "Guards closed the *gate*." },
      { id: "traders-wait", at: "2026-12-02T11:05:00+04:30", text: "Hundreds of lorries wait on the road to Jalalabad." },
    ],
    ...fields,
  });

const updates = () => within(screen.getByRole("region", { name: /Updates|تازه‌ترین‌ها/ })).getAllByRole("article");

describe("a live story, in English", () => {
  it("is marked Live above its one headline, then says what we know", () => {
    render(<Article article={live()} />);
    const header = screen.getByRole("banner");
    expect(within(header).getByText("Live").tagName).toBe("P");
    expect(screen.getAllByRole("heading", { level: 1 }).map((h) => h.textContent)).toEqual(["Torkham crossing closes"]);
    const known = screen.getByRole("region", { name: "What we know" });
    expect(within(known).getAllByRole("listitem").map((item) => item.textContent)).toEqual(["The crossing closed at 08:00.", "No reason has been given."]);
  });

  it("lists its updates newest first, each an article headed by its time, with its anchor and a link to it", () => {
    render(<Article article={live()} />);
    const [newest, oldest] = updates();
    expect(newest.id).toBe("update-traders-wait");
    expect(oldest.id).toBe("update-gate-closes");
    const time = within(oldest).getByText("2 December 2026, 09:30");
    expect(time.tagName).toBe("TIME");
    expect(time.getAttribute("datetime")).toBe("2026-12-02T09:30:00+04:30");
    expect(within(oldest).getByRole("heading", { level: 3 }).textContent).toBe("2 December 2026, 09:30 Guards close the gate");
    expect(oldest.getAttribute("aria-labelledby")).toBe("update-gate-closes-title");
    expect(within(oldest).getByText("By Maryam Ahmadi")).toBeTruthy();
    expect(within(oldest).getByText("gate").tagName).toBe("EM");
    expect(within(oldest).getByRole("link", { name: "Link to this update" }).getAttribute("href")).toMatch(/\/articles\/torkham-live\/#update-gate-closes$/);
  });

  it("while open, carries the notice for new updates, polite and empty, and the script that fills it", () => {
    const { container } = render(<Article article={live()} />);
    const notice = container.querySelector("[data-live-updates]");
    expect(notice?.getAttribute("aria-live")).toBe("polite");
    expect(notice?.getAttribute("data-live-updates")).toBe("/articles/torkham-live/updates.json");
    expect(notice?.textContent).toBe("");
    expect([...container.querySelectorAll("script")].map((script) => script.getAttribute("src"))).toContain("/live-updates.js");
  });

  it("once ended, says Ended and when, and has neither notice nor script", () => {
    const { container } = render(<Article article={live({}, "2026-12-02T18:00:00+04:30")} />);
    const label = within(screen.getByRole("banner")).getByText(/^Ended/);
    expect(label.textContent).toBe("Ended 2 December 2026, 18:00");
    expect(screen.queryByText("Live")).toBeNull();
    expect(container.querySelector("[data-live-updates]")).toBeNull();
    expect([...container.querySelectorAll("script")].map((script) => script.getAttribute("src"))).not.toContain("/live-updates.js");
    expect(updates()).toHaveLength(2);
  });

  it("shows an update's photo as the story's: its size, the build's narrower copies, fetched only as the reader nears it", async () => {
    const photo = { src: "/images/border-market.jpg", alt: "Lorries at the gate", credit: "A Photographer" };
    const article = live({
      image: { src: "/images/border-market.jpg", alt: "The crossing" },
      updates: [{ id: "gate-closes", at: "2026-12-02T09:30:00+04:30", text: "Guards closed the gate.", image: photo }],
    });
    render(<Article article={article} figures={await describeStoryPhotos(article, path.resolve(import.meta.dirname, "../fixtures/public"))} />);
    const [update] = updates();
    const img = within(update).getByRole("img", { name: "Lorries at the gate" });
    expect([img.getAttribute("width"), img.getAttribute("height")]).toEqual(["1600", "1000"]);
    expect(img.getAttribute("srcset")).toBe(
      "/images/border-market-400w.jpg 400w, /images/border-market-800w.jpg 800w, /images/border-market-1200w.jpg 1200w, /images/border-market.jpg 1600w",
    );
    expect(img.getAttribute("sizes")).toMatch(/^\(min-width: 64rem\) 38rem/);
    expect(img.getAttribute("loading")).toBe("lazy");
    expect(img.getAttribute("fetchpriority")).toBeNull();
    expect(within(update).getByRole("figure").querySelector("figcaption")?.textContent).toBe("Photo: A Photographer");
    // The story's own photo, the first thing a reader sees, is fetched first, never lazily.
    const lead = screen.getByRole("img", { name: "The crossing" });
    expect([lead.getAttribute("fetchpriority"), lead.getAttribute("loading"), lead.getAttribute("width")]).toEqual(["high", null, "1600"]);
  });

  it("a story that is not live has none of it", () => {
    const { container } = render(<Article article={makeArticle("plain", {})} />);
    expect(screen.queryByText("Live")).toBeNull();
    expect(screen.queryByRole("region", { name: "What we know" })).toBeNull();
    expect(container.querySelector(".live-updates")).toBeNull();
    expect([...container.querySelectorAll("script")].map((script) => script.getAttribute("src"))).not.toContain("/live-updates.js");
  });
});

describe("a live story, in Dari", () => {
  const dari = () => live({ language: "fa", title: "گذرگاه تورخم بسته شد", standfirst: "بازرگانان در دو سوی مرز منتظرند.", section: "افغانستان" });

  it("is marked in Dari, right to left, with times in its calendar and digits", () => {
    const article = dari();
    expect(article.dir).toBe("rtl");
    render(<Article article={article} />);
    expect(within(screen.getByRole("banner")).getByText("زنده")).toBeTruthy();
    expect(screen.getByRole("region", { name: "آنچه می‌دانیم" })).toBeTruthy();
    const [newest, oldest] = updates();
    expect(newest.id).toBe("update-traders-wait");
    expect(within(oldest).getByText("۱۱ قوس ۱۴۰۵، ساعت ۰۹:۳۰").getAttribute("datetime")).toBe("2026-12-02T09:30:00+04:30");
    expect(within(oldest).getByRole("link", { name: "پیوند این تازه" }).getAttribute("href")).toMatch(/#update-gate-closes$/);
  });

  it("offers new updates in Dari", () => {
    const { container } = render(<Article article={dari()} />);
    const notice = container.querySelector("[data-live-updates]");
    expect(notice?.getAttribute("data-new-one")).toBe("۱ خبر تازه: نمایش");
    expect(notice?.getAttribute("data-new-many")).toBe("{count} خبر تازه: نمایش");
  });

  it("once ended, says so in Dari", () => {
    render(<Article article={live({ language: "fa", section: "افغانستان" }, "2026-12-02T18:00:00+04:30")} />);
    expect(within(screen.getByRole("banner")).getByText(/^پایان یافت/).textContent).toBe("پایان یافت ۱۱ قوس ۱۴۰۵، ساعت ۱۸:۰۰");
  });
});
