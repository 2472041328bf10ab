export async function main(first: { number: number; title: string }, count: number, titles: string[]) {
  return `#${first.number} ${first.title} and ${count - 1} more: ${titles.slice(1, 4).join(", ")}`;
}
