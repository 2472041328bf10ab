export async function main(index: string, batch_size: number) {
  const res = await fetch(`https://search.internal/${index}/_count`);
  const { count } = (await res.json()) as { count: number };
  return { total: count, batches: Math.ceil(count / batch_size) };
}
