export async function main(batchId: string) {
  const r = await fetch(`https://studio.example/api/batches/${batchId}`);
  if (!r.ok) throw new Error(`batch ${batchId}: ${r.status}`);
  const b = (await r.json()) as { pieces: number; owner: string; glaze: string };
  return { pieces: b.pieces, owner: b.owner, glaze: b.glaze };
}
