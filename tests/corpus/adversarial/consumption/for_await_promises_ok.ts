// SDK: windmill-client 1.818.0 client.mjs: `for await` over an array of task promises awaits each element in turn.
import { task, workflow } from "windmill-client";

const translate = task(async (text: string, lang: string) => `${lang}:${text}`);

export const main = workflow(async (texts: string[], lang: string) => {
  const out: string[] = [];
  for await (const translated of texts.map((t) => translate(t, lang))) {
    out.push(translated);
  }
  return out;
});
