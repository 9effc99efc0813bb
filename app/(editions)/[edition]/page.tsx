import { EditionFront, editionFrontMetadata } from "../../edition-front";

export async function generateMetadata({ params }: PageProps<"/[edition]">) {
  return editionFrontMetadata((await params).edition);
}

export default async function EditionHomePage({ params }: PageProps<"/[edition]">) {
  return <EditionFront edition={(await params).edition} />;
}
