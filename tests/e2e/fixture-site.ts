// The fixture content (tests/fixtures/content, images in tests/fixtures/public), built by
// `npm run build` and served beside the real site by playwright.config.ts.
import { FIXTURE_BUILD, origin } from "./builds";

export const FIXTURE_SITE = origin(FIXTURE_BUILD);

export const DARI_ARTICLE = `${FIXTURE_SITE}/articles/border-crossing-dari/`;
export const PHOTO_ARTICLE = `${FIXTURE_SITE}/articles/market-photo-story/`;
export const CORRECTED_ARTICLE = `${FIXTURE_SITE}/articles/corrected-story/`;
