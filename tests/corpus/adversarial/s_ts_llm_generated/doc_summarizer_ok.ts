// SDK: windmill-client 1.818.0 client.mjs _allocKey (a literal name in a loop gets clean_chunk, clean_chunk_2, ... in call order), parallel()
import { parallel, step, task, workflow } from "windmill-client";

/**
 * A document chunk to be summarized.
 */
interface Chunk {
  index: number;
  text: string;
}

const summarizeChunk = task(async (text: string): Promise<string> => {
  const res = await fetch("https://llm-gateway.internal/v1/summarize", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ text, maxTokens: 256 }),
  });
  return ((await res.json()) as { summary: string }).summary;
});

const storeProgress = task(async (docId: string, index: number, summary: string) => {
  await fetch(`https://docs.internal/${docId}/progress`, {
    method: "POST",
    body: JSON.stringify({ index, summary }),
  });
  return index;
});

function chunkText(text: string, size = 4000): Chunk[] {
  const chunks: Chunk[] = [];
  for (let i = 0; i < text.length; i += size) {
    chunks.push({ index: chunks.length, text: text.slice(i, i + size) });
  }
  return chunks;
}

export const main = workflow(async (docId: string, text: string) => {
  const chunks = chunkText(text);
  const summaries: string[] = [];

  for (const chunk of chunks) {
    // A fixed name: the SDK numbers repeated steps in call order.
    const cleaned = await step("clean_chunk", () => chunk.text.replace(/\s+/g, " ").trim());
    summaries.push(await summarizeChunk(cleaned));
  }

  await parallel(
    summaries.map((summary, index) => ({ summary, index })),
    ({ summary, index }) => storeProgress(docId, index, summary),
    { concurrency: 5 },
  );

  return { docId, chunks: chunks.length, summary: summaries.join("\n") };
});
