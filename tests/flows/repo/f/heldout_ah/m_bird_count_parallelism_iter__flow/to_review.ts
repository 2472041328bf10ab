export async function main(flagged: { observer: string; rare: string[] }[]) {
  return { reviews: flagged.length, observers: flagged.map((f) => f.observer) };
}
