// SDK: windmill-client 1.818.0 client.mjs: the body replays; the streamed completion is requested again on every replay.
import OpenAI from "openai";
import { task, workflow } from "windmill-client";

const openai = new OpenAI();

const save = task(async (text: string) => text.length);

export const main = workflow(async (prompt: string) => {
  const stream = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: prompt }], stream: true }); // expect: WAC101
  let text = "";
  for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? "";
  return await save(text);
});
