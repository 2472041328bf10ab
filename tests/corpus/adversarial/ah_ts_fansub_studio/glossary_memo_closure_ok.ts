// SDK: windmill-client 1.818.0 client.mjs task(): the glossary is fetched inside a task (checkpointed), and the memoising closure in the body only caches a pure normalisation of the input, which is the same on every round
import { task, workflow } from "windmill-client";

type Glossary = Record<string, string>;
type Line = { id: number; text: string };

const normalise = (() => {
  const cache = new Map<string, string>();
  return (s: string): string => {
    let v = cache.get(s);
    if (v === undefined) {
      v = s.normalize("NFKC").replace(/\s+/g, " ").trim();
      cache.set(s, v);
    }
    return v;
  };
})();

const loadGlossary = task(async (show: string): Promise<Glossary> => {
  const r = await fetch(`https://wiki.subtle-studio.example/api/glossaries/${encodeURIComponent(show)}`);
  return (await r.json()) as Glossary;
});

const translateLines = task(async (lines: Line[], lang: string, glossary: Glossary) => {
  const r = await fetch("https://mt.subtle-studio.example/v1/translate", {
    method: "POST",
    body: JSON.stringify({ lines, lang, glossary }),
  });
  return (await r.json()) as Line[];
});

export const main = workflow(async (show: string, lines: Line[], langs: string[] = ["en", "fr"]) => {
  const glossary = await loadGlossary(normalise(show));
  const cleaned = lines.map((l) => ({ ...l, text: normalise(l.text) }));
  const out: Record<string, Line[]> = {};
  for (const lang of langs) out[lang] = await translateLines(cleaned, lang, glossary);
  return out;
});
