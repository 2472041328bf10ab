// SDK: windmill-client 1.818.0 _nextStep copies timeout / tag / concurrency_limit / concurrency_key from the options; `satisfies TaskOptions` only checks the object literal
import OpenAI from "openai";
import { task, workflow, type TaskOptions } from "windmill-client";

const LLM_OPTIONS = {
  timeout: 300,
  tag: "llm",
  concurrency_limit: 4,
  concurrency_key: "openai",
} satisfies TaskOptions;

const embed = task(async (chunks: string[]) => {
  const openai = new OpenAI();
  const r = await openai.embeddings.create({ model: "text-embedding-3-small", input: chunks });
  return r.data.map((d) => d.embedding);
}, LLM_OPTIONS);

const upsertVectors = task(
  async (docId: string, vectors: number[][]) => {
    const r = await fetch("https://vectors.internal/api/upsert", {
      method: "POST",
      body: JSON.stringify({ docId, vectors }),
    });
    return r.ok;
  },
  { timeout: 120, tag: "io" } satisfies TaskOptions,
);

export const main = workflow(async (docId: string, text: string, chunkSize = 2000) => {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += chunkSize) chunks.push(text.slice(i, i + chunkSize));
  const vectors = await embed(chunks);
  const ok = await upsertVectors(docId, vectors);
  return { chunks: chunks.length, ok };
});
