// SDK: windmill-client 1.818.0: each round re-runs the body in a fresh process, so AbortSignal.timeout(...) starts a new timer every replay and `aborted` depends on wall-clock time
import { task, workflow } from "windmill-client";

type Chunk = { file: string; offset: number; length: number };

const importChunk = task(async (chunk: Chunk) => {
  const r = await fetch("https://ingest.internal/api/chunks", { method: "POST", body: JSON.stringify(chunk) });
  return ((await r.json()) as { rows: number }).rows;
});

export const main = workflow(async (file: string, sizeBytes: number, chunkBytes = 5_000_000) => {
  const deadline = AbortSignal.timeout(20 * 60_000); // expect: WAC102
  const chunks: Chunk[] = [];
  for (let offset = 0; offset < sizeBytes; offset += chunkBytes) {
    chunks.push({ file, offset, length: Math.min(chunkBytes, sizeBytes - offset) });
  }

  let rows = 0;
  let done = 0;
  for (const c of chunks) {
    if (deadline.aborted) break;
    rows += await importChunk(c);
    done++;
  }
  return { rows, chunksDone: done, chunksTotal: chunks.length };
});
