// SDK: windmill-client 1.818.0 index.js: the workflow body runs again from the top after every task; `new Pinecone(...)` and `.index(...).namespace(...)` only build handles, but `.query(...)` is an HTTP request to the index, sent in every round
import { task, workflow } from "windmill-client";
import { Pinecone } from "@pinecone-database/pinecone";
import { embed } from "ai";
import { openai } from "@ai-sdk/openai";

type PineconeCreds = { apiKey: string };

const embedQuestion = task(async function embedQuestion(question: string): Promise<number[]> {
  const { embedding } = await embed({ model: openai.embedding("text-embedding-3-small"), value: question });
  return embedding;
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
  const kb = new Pinecone({ apiKey: pinecone.apiKey }).index("support-kb").namespace(tenant);
  const hits = await kb.query({ vector, topK: 6, includeMetadata: true }); // expect: WAC101
  const passages = (hits.matches ?? []).map((m) => String(m.metadata?.text ?? ""));
  return await answerFromPassages(question, passages);
});
