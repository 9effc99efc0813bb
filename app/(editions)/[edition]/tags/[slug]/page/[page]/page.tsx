import { termRoute } from "../../../../../../term-route";

const route = termRoute("tag");

// Only the numbered pages this edition's tag's stories fill have pages; any other number is the 404 page.
export const dynamicParams = false;
export const generateStaticParams = route.generateNumberedPageParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
