import { MAIN_EDITION } from "@/lib/content/editions";
import { EditionFront, editionFrontMetadata } from "../edition-front";

export const generateMetadata = () => editionFrontMetadata(MAIN_EDITION);

export default function HomePage() {
  return <EditionFront edition={MAIN_EDITION} />;
}
