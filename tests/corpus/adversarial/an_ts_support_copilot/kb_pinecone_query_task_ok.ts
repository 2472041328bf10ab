// SDK: windmill-client 1.818.0 index.js: a task runs in its own job and the body gets its JSON result from the checkpoint on replay; the Pinecone `query` runs only inside the `searchKb` task, and the body only maps plain match objects
import { task, workflow } from "windmill-client";
import { Pinecone } from "@pinecone-database/pinecone";
import { embed } from "ai";
import { openai } from "@ai-sdk/openai";

type PineconeCreds = { apiKey: string };
type Passage = { id: string; score: number; text: string };

const embedQuestion = task(async function embedQuestion(question: string): Promise<number[]> {
  const { embedding } = await embed({ model: openai.embedding("text-embedding-3-small"), value: question });
  return embedding;
});

const searchKb = task(async function searchKb(apiKey: string, tenant: string, vector: number[]): Promise<Passage[]> {
  const kb = new Pinecone({ apiKey }).index("support-kb").namespace(tenant);
  const hits = await kb.query({ vector, topK: 6, includeMetadata: true });
  return (hits.matches ?? []).map((m) => ({ id: m.id, score: m.score ?? 0, text: String(m.metadata?.text ?? "") }));
});

const answerFromPassages = task(async function answerFromPassages(question: string, passages: string[]) {
  const r = await fetch("https://copilot.northwind.example/api/answer", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ question, passages }),
  });
  return (await r.json()) as { answer: string; citations: number[] };
});

export const main = workflow(async (question: string, tenant: string, pinecone: PineconeCreds) => {
  const vector = await embedQuestion(question);
  const passages = await searchKb(pinecone.apiKey, tenant, vector);
  const relevant = passages.filter((p) => p.score >= 0.75).map((p) => p.text);
  return await answerFromPassages(question, relevant);
});
