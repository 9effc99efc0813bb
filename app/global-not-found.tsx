import { MAIN_EDITION } from "@/lib/content/editions";
import { notFoundMetadata } from "@/lib/publish/seo";
import { EditionFrame } from "./edition-frame";
import "./globals.css";

// Next.js adds noindex to this page itself.
export const metadata = notFoundMetadata;

// Served as out/404.html for any address the site does not have.
export default function GlobalNotFound() {
  return (
    <EditionFrame edition={MAIN_EDITION}>
      <div className="not-found">
        <h1>Page not found</h1>
        <p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
        <p>
          <a href="/">Read the latest reporting</a>
        </p>
      </div>
    </EditionFrame>
  );
}
