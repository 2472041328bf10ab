// SDK: windmill-client 1.818.0 task() works anywhere, but Windmill's WAC parser (windmill-oracle dag) only finds tasks assigned at the module's top level; a TypeScript namespace compiles to a function
import OpenAI from "openai";
import { task, workflow } from "windmill-client";

namespace Tools {
  export const summarize = task(async (text: string) => { // expect: WAC003
    const openai = new OpenAI();
    const r = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: `Summarize:\n${text}` }],
    });
    return r.choices[0].message.content ?? "";
  });

  export const translate = task(async (text: string, lang: string) => { // expect: WAC003
    const openai = new OpenAI();
    const r = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: `Translate to ${lang}:\n${text}` }],
    });
    return r.choices[0].message.content ?? "";
  });
}

export const main = workflow(async (article: string, languages: string[]) => {
  const summary = await Tools.summarize(article);
  const translations: Record<string, string> = {};
  for (const lang of languages) {
    translations[lang] = await Tools.translate(summary, lang);
  }
  return { summary, translations };
});
