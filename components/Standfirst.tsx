export function Standfirst({ children }: { children: string }) {
  return <p className="standfirst">{children}</p>;
}
