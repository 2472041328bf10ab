// SDK: windmill-client 1.818.0 client.mjs _allocKey (step keys come from the name), _runInlineStep, _nextStep (a task thenable dropped by forEach is never awaited)
import { step, task, workflow } from "windmill-client";

/**
 * A document chunk to be summarized.
 */
interface Chunk {
  index: number;
  text: string;
}

/**
 * Summarizes a single chunk with the LLM.
 */
const summarizeChunk = task(async (text: string): Promise<string> => {
  const res = await fetch("https://llm-gateway.internal/v1/summarize", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ text, maxTokens: 256 }),
  });
  return ((await res.json()) as { summary: string }).summary;
});

/**
 * Stores the partial summary so progress is visible in the UI.
 */
const storeProgress = task(async (docId: string, index: number, summary: string) => {
  await fetch(`https://docs.internal/${docId}/progress`, {
    method: "POST",
    body: JSON.stringify({ index, summary }),
  });
  return index;
});

/**
 * Splits a document into chunks of roughly `size` characters.
 */
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
    // Use a unique step name per chunk so each result is cached separately
    const cleaned = await step(`clean-chunk-${chunk.index}`, () => chunk.text.replace(/\s+/g, " ").trim()); // expect: WAC103
    const summary = await summarizeChunk(cleaned);
    summaries.push(summary);
  }

  // Report progress for each chunk (fire and forget)
  summaries.forEach(async (summary, index) => { // expect: WAC106
    await storeProgress(docId, index, summary);
  });

  return { docId, chunks: chunks.length, summary: summaries.join("\n") };
});
