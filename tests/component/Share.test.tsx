import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Share } from "@/components/Share";
import { labelsFor } from "@/lib/i18n/labels";

afterEach(cleanup);

const URL = "https://news.example.org/articles/a-story/";

describe("Share", () => {
  it("offers a plain link to each service, with the headline and address in it", () => {
    render(<Share url={URL} title="A headline & more" labels={labelsFor("en")} />);
    const group = screen.getByRole("group", { name: "Share" });
    const links = within(group).getAllByRole("link");
    expect(links.map((link) => link.textContent)).toEqual(["Email", "X", "Facebook", "WhatsApp", "Telegram"]);
    for (const link of links) expect(link.getAttribute("href")).toContain(encodeURIComponent(URL));
    expect(links[0].getAttribute("href")).toBe(`mailto:?subject=A%20headline%20%26%20more&body=${encodeURIComponent(`A headline & more\n\n${URL}`)}`);
  });

  it("has a Copy link button that stays hidden until the page's script shows it", () => {
    const { container } = render(<Share url={URL} title="A headline" labels={labelsFor("en")} />);
    // Hidden: not in the accessibility tree, so no one without JavaScript meets a dead button.
    expect(screen.queryByRole("button")).toBeNull();
    const button = container.querySelector("button[data-copy-link]")!;
    expect(button.textContent).toBe("Copy link");
    expect(button.getAttribute("data-copy-link")).toBe(URL);
    expect(button.getAttribute("data-copied")).toBe("Link copied");
    expect(button.closest("li")?.hidden).toBe(true);
    expect(container.querySelector('script[src="/copy-link.js"]')?.hasAttribute("defer")).toBe(true);
  });

  it("speaks the article's language", () => {
    render(<Share url={URL} title="عنوان" labels={labelsFor("ps")} />);
    const group = screen.getByRole("group", { name: "شریکول" });
    expect(within(group).getAllByRole("link")[0].textContent).toBe("برېښنالیک");
  });
});
