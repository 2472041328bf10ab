// SDK: windmill-client 1.818.0 index.js: the body re-runs after each task; @langchain/pinecone's `PineconeStore.fromExistingIndex` only wraps the index it is given, but `similaritySearch` embeds the question and queries Pinecone, in every round
import { task, workflow } from "windmill-client";
import { Pinecone } from "@pinecone-database/pinecone";
import { PineconeStore } from "@langchain/pinecone";
import { OpenAIEmbeddings } from "@langchain/openai";

const answer = task(async function answer(question: string, context: string[]) {
  const r = await fetch("https://copilot.northwind.example/api/answer", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ question, context }),
  });
  return (await r.json()) as { answer: string };
});

export const main = workflow(async (question: string, apiKey: string) => {
  const pineconeIndex = new Pinecone({ apiKey }).index("support-kb");
  const store = await PineconeStore.fromExistingIndex(new OpenAIEmbeddings({ model: "text-embedding-3-small" }), { pineconeIndex });
  const docs = await store.similaritySearch(question, 5); // expect: WAC101
  return await answer(question, docs.map((d) => d.pageContent));
});
