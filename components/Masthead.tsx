import Link from "next/link";
import { site } from "@/lib/site";

export function Masthead() {
  return (
    <header className="masthead">
      <Link href="/" className="masthead-name">
        {site.name}
      </Link>
      <p className="masthead-tagline">{site.tagline}</p>
    </header>
  );
}
