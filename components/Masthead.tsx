import { site } from "@/lib/site";

export function Masthead() {
  return (
    <header className="masthead">
      <a href="/" className="masthead-name">
        {site.name}
      </a>
      <p className="masthead-tagline">{site.tagline}</p>
    </header>
  );
}
