import { termRoute } from "../../../../term-route";

const route = termRoute("tag");

// Only tags of this edition that have articles have pages; any other address is the 404 page.
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
