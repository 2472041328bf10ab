// SDK: windmill-client 1.818.0 client.mjs: a step callback that builds and changes only its own locals (a Map, an array, counters declared inside it) and returns plain data changes nothing of the body.
import { step, task, workflow } from "windmill-client";

const store = task(async (counts: { [word: string]: number }) => ({ words: Object.keys(counts).length }));

export const main = workflow(async (text: string) => {
  const counts = await step("count_words", () => {
    const tally = new Map<string, number>();
    const order: string[] = [];
    for (const w of text.toLowerCase().split(/\W+/).filter(Boolean)) {
      if (!tally.has(w)) order.push(w);
      tally.set(w, (tally.get(w) ?? 0) + 1);
    }
    return Object.fromEntries(order.map((w) => [w, tally.get(w) ?? 0]));
  });
  return await store(counts);
});
