import { PageFrame } from "@/components/PageFrame";
import { sectionLinks } from "@/lib/publish/navigation";
import { getSections } from "@/lib/site-content";
import { notFoundMetadata } from "@/lib/publish/seo";
import "./globals.css";

// Next.js adds noindex to this page itself.
export const metadata = notFoundMetadata;

// Served as out/404.html for any address the site does not have.
export default function GlobalNotFound() {
  return (
    <PageFrame lang="en" dir="ltr" sections={sectionLinks(getSections())}>
      <div className="not-found">
        <h1>Page not found</h1>
        <p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
        <p>
          <a href="/">Read the latest reporting</a>
        </p>
      </div>
    </PageFrame>
  );
}
