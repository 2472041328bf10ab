// SDK: windmill-client 1.818.0 client.mjs: StepSuspend is an Error; a catch around the awaited task receives it and the fallback runs on every suspension.
import { task, workflow } from "windmill-client";

const translate = task(async (text: string, lang: string) => {
  const res = await fetch("https://mt.example.com/api/translate", {
    method: "POST",
    body: JSON.stringify({ text, lang }),
  });
  return ((await res.json()) as { text: string }).text;
});

export const main = workflow(async (text: string, langs: string[]) => {
  const out: Record<string, string> = {};
  for (const lang of langs) {
    try {
      out[lang] = await translate(text, lang);
    } catch (e) { // expect: WAC202
      out[lang] = text;
    }
  }
  return out;
});
