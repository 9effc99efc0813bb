// The pages the browser tests open where one of each kind is the proof (tests/host/page-kinds.ts):
// every story, and the first of every other kind in each edition.
import { expect, it } from "vitest";
import { onePagePerKind, pageKind } from "../host/page-kinds";

it("keeps every story page, and the first of each list, archive month and newsroom page in each edition", () => {
  const pages = [
    "/",
    "/404.html",
    "/about/",
    "/archive/",
    "/archive/2025/09/",
    "/archive/2025/11/",
    "/articles/a-story/",
    "/articles/another-story/",
    "/authors/amina-rahimi/",
    "/authors/amina-rahimi/page/1/",
    "/authors/daud-karimi/",
    "/corrections/",
    "/fa/",
    "/fa/sections/افغانستان/",
    "/fa/tags/تجارت/",
    "/fa/tags/گذرگاه‌ها/",
    "/ps/",
    "/search/",
    "/sections/afghanistan/",
    "/sections/afghanistan/page/1/",
    "/sections/afghanistan/page/2/",
    "/tags/iran/",
    "/tags/taliban/",
  ];
  expect(onePagePerKind(pages)).toEqual([
    "/",
    "/404.html",
    "/about/",
    "/archive/",
    "/archive/2025/09/",
    "/articles/a-story/",
    "/articles/another-story/",
    "/authors/amina-rahimi/",
    "/authors/amina-rahimi/page/1/",
    "/fa/",
    "/fa/sections/افغانستان/",
    "/fa/tags/تجارت/",
    "/ps/",
    "/search/",
    "/sections/afghanistan/",
    "/sections/afghanistan/page/1/",
    "/tags/iran/",
  ]);
  expect(pageKind("/fa/tags/تجارت/")).toBe("/fa/tags/*/");
});
