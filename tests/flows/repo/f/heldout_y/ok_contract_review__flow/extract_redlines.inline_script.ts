export async function main(document_url: string) {
  const res = await fetch(document_url);
  const text = await res.text();
  const redlines = text
    .split("\n")
    .filter((l) => l.startsWith("~"))
    .map((l, i) => ({ clause: `${i + 1}`, change: l.slice(1).trim() }));
  return { redlines, pages: Math.ceil(text.length / 3000) };
}
