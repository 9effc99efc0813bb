// Firefox's reader view (Readability) removes elements whose id or class looks like clutter. Our
// subheading ids come from their words, so an article about "extrajudicial" killings or
// "related" arrests must not lose its subheadings in reader view.
import { Readability } from "@mozilla/readability";
import { cleanup, render } from "@testing-library/react";
import { afterEach, expect, it } from "vitest";
import { Article } from "@/components/Article";
import { makeArticle } from "./article-data";

afterEach(cleanup);

it("keeps every subheading in reader view, whatever words its id is made of", () => {
  const headings = ["Extrajudicial killings", "Related arrests", "Comments from Kabul", "Social media reaction", "The menu of options"];
  const paragraph = "A paragraph long enough to count as article text for a reader mode, with several clauses in it.";
  const body = headings.map((heading) => `## ${heading}\n\n${paragraph} ${paragraph}\n\n${paragraph}`).join("\n\n");
  const { container } = render(<Article article={makeArticle("reader", { source: { name: "A Wire Service" } }, `${paragraph}\n\n${body}`)} />);
  const doc = document.implementation.createHTMLDocument("Reader");
  doc.body.innerHTML = container.innerHTML;

  const reader = new Readability(doc).parse();
  const kept = [...new DOMParser().parseFromString(reader?.content ?? "", "text/html").querySelectorAll("h2")].map((h2) => h2.textContent);
  expect(headings.filter((heading) => !kept.includes(heading))).toEqual([]);
});
