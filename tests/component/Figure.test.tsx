import path from "node:path";
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Article } from "@/components/Article";
import { Figure } from "@/components/Figure";
import { describeImage } from "@/lib/build/images";
import { labelsFor } from "@/lib/i18n/labels";
import { makeArticle } from "./article-data";

afterEach(cleanup);

const FIXTURE_PUBLIC = path.resolve(import.meta.dirname, "../fixtures/public");
const IMAGE = { src: "/images/border-market.jpg", alt: "Stalls below hills", caption: "The market.", credit: "A Photographer" };

describe("Figure", () => {
  it("shows the photo at its own size, with its caption and credit", async () => {
    render(<Figure image={await describeImage(IMAGE, FIXTURE_PUBLIC)} labels={labelsFor("en")} />);
    const figure = screen.getByRole("figure");
    const img = within(figure).getByRole("img", { name: "Stalls below hills" });
    expect([img.getAttribute("width"), img.getAttribute("height")]).toEqual(["1600", "1000"]);
    expect(img.getAttribute("srcset")).toBe(
      "/images/border-market-400w.jpg 400w, /images/border-market-800w.jpg 800w, /images/border-market-1200w.jpg 1200w, /images/border-market.jpg 1600w",
    );
    expect(img.getAttribute("sizes")).toMatch(/^\(min-width: 64rem\) 38rem/);
    expect(figure.querySelector("figcaption")?.textContent).toBe("The market. Photo: A Photographer");
  });

  it("shows an image from another site as it is, and no caption when there is none", () => {
    render(<Figure image={{ src: "https://images.example.com/a.jpg", alt: "A street" }} labels={labelsFor("fa")} />);
    const img = screen.getByRole("img", { name: "A street" });
    expect(img.getAttribute("srcset")).toBeNull();
    expect(screen.getByRole("figure").querySelector("figcaption")).toBeNull();
  });

  it("is placed before the body of the article", () => {
    const article = makeArticle("with-photo", { image: { src: "https://images.example.com/a.jpg", alt: "A street", credit: "Agency" } });
    const { container } = render(<Article article={article} />);
    const main = container.querySelector(".article-main")!;
    expect(main.firstElementChild?.tagName).toBe("FIGURE");
    expect(within(screen.getByRole("figure")).getByText("Photo: Agency")).toBeTruthy();
  });
});
