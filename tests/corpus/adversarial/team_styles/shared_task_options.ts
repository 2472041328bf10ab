// SDK: windmill-client 1.818.0 client.d.ts `TaskOptions` (timeout, tag, cache_ttl, priority, concurrency_limit, concurrency_key, concurrency_time_window_s, retry): `timeoutSeconds` in the shared options constant is ignored, so every task runs with the default timeout.
import { task, workflow } from "windmill-client";

const HEAVY = { tag: "gpu", timeoutSeconds: 3600 }; // expect: WAC302

const transcribe = task(async (audioUrl: string) => ({ text: "..." }), HEAVY);
const summarize = task(async (text: string, maxWords: number) => ({ summary: text.slice(0, maxWords) }), HEAVY);

export const main = workflow(async (audioUrl: string, maxWords: number = 200) => {
  const { text } = await transcribe(audioUrl);
  return await summarize(text, maxWords);
});
