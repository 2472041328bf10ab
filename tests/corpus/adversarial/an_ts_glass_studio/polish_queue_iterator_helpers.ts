// SDK: windmill-client 1.818.0 index.js `parallel(items, fn, options)` loops `for (i = 0; i < items.length; ...)` over `items.slice(...)`; an ES2025 iterator helper (`pieces.values().filter(...)`) has no `length`, so the loop never runs, no task is dispatched and `[]` comes back without an error
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
  const queued = await parallel(
    pieces.values().filter((p) => p.finish !== "raw" && !p.chipped), // expect: WAC301
    polishPiece,
    { concurrency: 4 },
  );
  return { queued: queued.length };
});
