// SDK: windmill-client 1.818.0 client.d.ts `TaskOptions`: `tag` and `timeout` are read; one options constant shared by two tasks.
import { task, workflow } from "windmill-client";

const HEAVY = { tag: "gpu", timeout: 3600 };

const transcribe = task(async (audioUrl: string) => ({ text: "..." }), HEAVY);
const summarize = task(async (text: string, maxWords: number) => ({ summary: text.slice(0, maxWords) }), HEAVY);

export const main = workflow(async (audioUrl: string, maxWords: number = 200) => {
  const { text } = await transcribe(audioUrl);
  return await summarize(text, maxWords);
});
