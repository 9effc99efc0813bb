import { reporterRoute } from "@/app/reporter-route";

// Only the numbered pages a reporter's stories fill have pages; any other number is the 404 page.
export const dynamicParams = false;
export const generateStaticParams = reporterRoute.generateNumberedPageParams;
export const generateMetadata = reporterRoute.generateMetadata;
export default reporterRoute.Page;
