// SDK: windmill-client 1.818.0 client.mjs: @huggingface/inference calls the hosted model over HTTP; in the body every replay pays for another generation, and may get another answer.
import { HfInference } from "@huggingface/inference";
import { task, workflow } from "windmill-client";

const save = task(async (ticketId: string, label: string) => ({ ticketId, label }));

export const main = workflow(async (ticketId: string, text: string, token: string) => {
  const hf = new HfInference(token);
  const out = await hf.textClassification({ model: "distilbert-base-uncased-finetuned-sst-2-english", inputs: text }); // expect: WAC101
  return await save(ticketId, out[0]?.label ?? "unknown");
});
