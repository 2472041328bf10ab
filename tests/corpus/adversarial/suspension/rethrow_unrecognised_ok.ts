// SDK: windmill-client 1.818.0 wacError.mjs: a failed task rejects with an Error named "TaskError"; rethrowing anything else lets StepSuspend through.
import { task, workflow } from "windmill-client";

const translate = task(async (text: string, lang: string) => {
  const res = await fetch("https://mt.example.com/api/translate", {
    method: "POST",
    body: JSON.stringify({ text, lang }),
  });
  if (!res.ok) throw new Error(`mt ${res.status}`);
  return ((await res.json()) as { text: string }).text;
});

export const main = workflow(async (text: string, langs: string[]) => {
  const out: Record<string, string> = {};
  for (const lang of langs) {
    try {
      out[lang] = await translate(text, lang);
    } catch (e: any) {
      if (e?.name !== "TaskError") throw e;
      out[lang] = text;
    }
  }
  return out;
});
