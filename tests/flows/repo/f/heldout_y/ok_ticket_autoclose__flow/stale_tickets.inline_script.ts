export async function main(days: number) {
  const cutoff = Date.now() - days * 86400_000;
  const all = [
    { id: 11, updated: cutoff - 1 },
    { id: 12, updated: cutoff + 1000 },
  ];
  return { ids: all.filter((t) => t.updated < cutoff).map((t) => t.id), cutoff };
}
