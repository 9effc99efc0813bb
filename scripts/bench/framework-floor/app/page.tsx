export default function Home() {
  return <h1>Articles</h1>;
}
