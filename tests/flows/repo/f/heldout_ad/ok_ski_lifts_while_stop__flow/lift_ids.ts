export async function main(resort: string) {
  const resp = await fetch(`https://lifts.internal/api/resorts/${resort}/lifts`);
  const lifts: { id: string; name: string; kind: string }[] = await resp.json();
  return lifts.filter((l) => l.kind !== "magic_carpet").map((l) => l.id);
}
