// SDK: windmill-client 1.818.0 index.js: the body runs again on each round; `new Intl.Locale(tag).language` only parses the tag it is given (no negotiation against the worker's locale data), so the language picked is the same in every round
// Team code: cornice warnings, the fallback language named.
import { task, workflow } from "windmill-client";

const TEMPLATES: Record<string, string> = {
  en: "Cornice collapse risk on {ridge}",
  de: "Wächtenbruchgefahr am {ridge}",
  fr: "Risque de rupture de corniche sur {ridge}",
};

const postWarning = task(async function postWarning(ridge: string, text: string) {
  await fetch("https://public.snowwatch.example/api/warnings", {
    method: "POST",
    body: JSON.stringify({ ridge, text }),
  });
  return text;
});

export const main = workflow(async (ridge: string, lang?: string) => {
  const resolved = new Intl.Locale(lang ?? "en").language;
  const template = TEMPLATES[resolved] ?? TEMPLATES.en;
  const text = await postWarning(ridge, template.replace("{ridge}", ridge));
  return { ridge, text };
});
