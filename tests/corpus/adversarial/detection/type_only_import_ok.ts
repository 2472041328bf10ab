// SDK: windmill-client 1.818.0 dist/client.d.ts: TaskOptions is a type; `import type` brings no value, and task/workflow come from a plain named import under their exact names.
import type { TaskOptions } from "windmill-client";
import { task, workflow } from "windmill-client";

const heavy: TaskOptions = { timeout: 1800, tag: "gpu" };

const transcribe = task(async (audioUrl: string): Promise<string> => {
  const res = await fetch("https://asr.example.com/v1/transcribe", {
    method: "POST",
    body: JSON.stringify({ url: audioUrl }),
  });
  return ((await res.json()) as { text: string }).text;
}, heavy);

export const main = workflow(async (audioUrls: string[]) => {
  const texts: string[] = [];
  for (const url of audioUrls) {
    texts.push(await transcribe(url));
  }
  return { texts };
});
