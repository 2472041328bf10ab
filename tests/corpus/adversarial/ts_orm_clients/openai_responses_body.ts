// SDK: windmill-client 1.818.0 client.mjs: the body replays; an OpenAI Responses API call in the body is billed and may answer differently each replay.
import OpenAI from "openai";
import { task, workflow } from "windmill-client";

const openai = new OpenAI();

const store = task(async (answer: string) => answer.length);

export const main = workflow(async (question: string) => {
  const res = await openai.responses.create({ model: "gpt-4.1-mini", input: question }); // expect: WAC101
  return await store(res.output_text);
});
