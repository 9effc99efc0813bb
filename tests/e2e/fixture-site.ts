// Pages of the fixture content (tests/fixtures/content) that the specs visit, relative to the
// project's build (playwright.config.ts), so a spec run in both projects visits its own build.
export const DARI_ARTICLE = "/articles/border-crossing-dari/";
export const PHOTO_ARTICLE = "/articles/market-photo-story/";
