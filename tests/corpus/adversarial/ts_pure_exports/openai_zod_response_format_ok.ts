// SDK: windmill-client 1.818.0 client.mjs: openai's zodResponseFormat turns a zod schema into a response_format object in memory; only the task calls the API.
import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import { z } from "zod";
import { task, workflow } from "windmill-client";

const Triage = z.object({ severity: z.enum(["low", "medium", "high"]), team: z.string() });

const classify = task(async (text: string, schemaName: string) => {
  const ai = new OpenAI();
  const res = await ai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: text }],
    response_format: zodResponseFormat(Triage, schemaName),
  });
  return JSON.parse(res.choices[0].message.content ?? "{}") as z.infer<typeof Triage>;
});

export const main = workflow(async (ticket: string) => {
  const format = zodResponseFormat(Triage, "triage");
  const result = await classify(ticket, format.json_schema.name);
  return Triage.parse(result);
});
