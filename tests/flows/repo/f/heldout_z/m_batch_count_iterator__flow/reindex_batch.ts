export async function main(index: string, offset: number, size: number) {
  const res = await fetch(`https://search.internal/${index}/_reindex?from=${offset}&size=${size}`, {
    method: "POST",
  });
  return { offset, ok: res.ok };
}
