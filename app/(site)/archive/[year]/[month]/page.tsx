import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { folderAddress, rendered } from "@/lib/build/render-only";
import { monthName } from "@/components/ArchiveIndex";
import { ListingPage } from "@/components/ListingPage";
import { getArchiveMonths } from "@/lib/site-content";
import { listingMetadata } from "@/lib/publish/seo";
import { archivePath } from "@/lib/site";

// Only months with stories have pages; any other address is the 404 page.
export const dynamicParams = false;

type Params = PageProps<"/archive/[year]/[month]">;

const find = async ({ params }: Params) => {
  const { year, month } = await params;
  // Only the address the archive links to: /archive/2025/09/, not /archive/2025/9/.
  return getArchiveMonths().find((entry) => entry.year === Number(year) && entry.month === Number(month) && /^\d{2}$/.test(month));
};

export function generateStaticParams() {
  return rendered(
    getArchiveMonths().map(({ year, month }) => ({ year: String(year), month: String(month).padStart(2, "0") })),
    ({ year, month }) => folderAddress("archive", year, month),
    "year",
    "month",
  );
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  const entry = await find(props);
  if (!entry) return {};
  const name = monthName(entry.year, entry.month);
  return listingMetadata(name, `Every story published in ${name}.`, archivePath(entry.year, entry.month));
}

export default async function ArchiveMonthRoute(props: Params) {
  const entry = await find(props);
  if (!entry) notFound();
  return <ListingPage title={monthName(entry.year, entry.month)} articles={entry.stories} />;
}
