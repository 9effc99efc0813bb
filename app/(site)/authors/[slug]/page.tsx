import { reporterRoute } from "@/app/reporter-route";

// Only reporters with a file in content/authors/ have pages; any other address is the 404 page.
export const dynamicParams = false;
export const generateStaticParams = reporterRoute.generateStaticParams;
export const generateMetadata = reporterRoute.generateMetadata;
export default reporterRoute.Page;
