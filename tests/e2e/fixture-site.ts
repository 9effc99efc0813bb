// The fixture content (tests/fixtures/content, images in tests/fixtures/public), built by
// `npm run build` and served beside the real site by playwright.config.ts.
export const FIXTURE_SITE = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4321) + 2}`;

export const DARI_ARTICLE = `${FIXTURE_SITE}/articles/border-crossing-dari/`;
export const PHOTO_ARTICLE = `${FIXTURE_SITE}/articles/market-photo-story/`;
export const CORRECTED_ARTICLE = `${FIXTURE_SITE}/articles/corrected-story/`;
