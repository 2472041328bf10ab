// SDK: windmill-client 1.818.0 index.js `parallel(items, fn, options)` slices `items` by `concurrency`; the iterator helper chain ends in `.toArray()`, so `parallel` gets a real array and dispatches one `polishPiece` task per item, four at a time
import { parallel, task, workflow } from "windmill-client";

type Piece = { sku: string; finish: "matte" | "gloss" | "raw"; chipped: boolean };

const polishPiece = task(async function polishPiece(piece: Piece) {
  const r = await fetch("https://floor.emberglass.example/api/polish-jobs", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ sku: piece.sku, finish: piece.finish }),
  });
  return (await r.json()) as { sku: string; bench: number };
});

export const main = workflow(async (pieces: Piece[]) => {
  const todo = pieces
    .values()
    .filter((p) => p.finish !== "raw" && !p.chipped)
    .toArray();
  const queued = await parallel(todo, polishPiece, { concurrency: 4 });
  return { queued: queued.length };
});
