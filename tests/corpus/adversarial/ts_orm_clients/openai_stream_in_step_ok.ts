// SDK: windmill-client 1.818.0 client.mjs step(): the streamed completion is consumed inside the step and its text checkpointed.
import OpenAI from "openai";
import { step, task, workflow } from "windmill-client";

const openai = new OpenAI();

const store = task(async (answer: string) => answer.length);

export const main = workflow(async (question: string) => {
  const text = await step("ask", async () => {
    const stream = await openai.responses.create({ model: "gpt-4.1-mini", input: question, stream: true });
    let out = "";
    for await (const ev of stream) {
      if (ev.type === "response.output_text.delta") out += ev.delta;
    }
    return out;
  });
  return await store(text);
});
