// SDK: windmill-client 1.818.0 client.mjs: Array.from of a Set and [...map.entries()] are arrays, JSON-safe; the Set and Map stay inside the task.
import { task, workflow } from "windmill-client";

const tally = task(async (words: string[]) => {
  const unique = new Set(words.map((w) => w.toLowerCase()));
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return { unique: Array.from(unique).sort(), counts: [...counts.entries()] };
});

const report = task(async (unique: string[], counts: [string, number][]) => unique.length + counts.length);

export const main = workflow(async (text: string) => {
  const t = await tally(text.split(/\s+/));
  return await report(t.unique, t.counts);
});
