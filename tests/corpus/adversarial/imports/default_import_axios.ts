// SDK: windmill-client 1.818.0 client.mjs: a plain await in the workflow body is not checkpointed (only _nextStep/_runInlineStep are).
import client from "axios";
import { task, workflow } from "windmill-client";

const scoreLead = task(async (email: string) => {
  const { data } = await client.post("https://crm.example.com/api/score", { email });
  return data as { score: number };
});

export const main = workflow(async (email: string, owner: string) => {
  const { score } = await scoreLead(email);
  if (score > 80) {
    await client.post("https://crm.example.com/api/assign", { email, owner }); // expect: WAC101
  }
  return { email, score };
});
