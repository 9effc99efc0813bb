import type { Thing, WithContext } from "schema-dts";
import { jsonForScript } from "@/lib/render/json-for-script";

/** Structured data for search engines and reader modes; readers never see it. */
export function JsonLd({ data }: { data: WithContext<Thing> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(data) }} />;
}
