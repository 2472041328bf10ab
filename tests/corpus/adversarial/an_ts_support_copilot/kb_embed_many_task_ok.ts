// SDK: windmill-client 1.818.0 index.js: the body re-runs after each task; token counting with gpt-tokenizer's `encode` is pure (same chunks every round), and `embedMany` runs only in the `embedChunks` task, whose `number[][]` result is plain JSON
import { task, workflow } from "windmill-client";
import { embedMany } from "ai";
import { openai } from "@ai-sdk/openai";
import { encode } from "gpt-tokenizer";

const fetchArticle = task(async function fetchArticle(articleId: string) {
  const r = await fetch(`https://help.northwind.example/api/articles/${articleId}`);
  return (await r.json()) as { id: string; title: string; body: string };
});

const embedChunks = task(async function embedChunks(chunks: string[]): Promise<number[][]> {
  const { embeddings } = await embedMany({
    model: openai.embedding("text-embedding-3-small"),
    values: chunks,
  });
  return embeddings;
});

const upsertChunks = task(async function upsertChunks(articleId: string, chunks: string[], vectors: number[][]) {
  const r = await fetch("https://vectors.northwind.example/api/upsert", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ articleId, items: chunks.map((text, i) => ({ id: `${articleId}-${i}`, text, vector: vectors[i] })) }),
  });
  return { upserted: r.ok ? chunks.length : 0 };
});

const MAX_TOKENS = 400;

function chunkByTokens(text: string): string[] {
  const out: string[] = [];
  let current: string[] = [];
  for (const para of text.split(/\n{2,}/)) {
    const candidate = [...current, para].join("\n\n");
    if (current.length > 0 && encode(candidate).length > MAX_TOKENS) {
      out.push(current.join("\n\n"));
      current = [para];
    } else {
      current.push(para);
    }
  }
  if (current.length) out.push(current.join("\n\n"));
  return out;
}

export const main = workflow(async (articleId: string) => {
  const article = await fetchArticle(articleId);
  const chunks = chunkByTokens(`${article.title}\n\n${article.body}`);
  const vectors = await embedChunks(chunks);
  return await upsertChunks(articleId, chunks, vectors);
});
