// SDK: windmill-client 1.818.0 client.mjs: sorting or reversing a copy inside a step callback (`[...xs].sort()`, `xs.slice().reverse()`, `Array.from(xs).sort()`, `structuredClone`) changes only the copy; the body's arrays are untouched and the step's value is checkpointed.
import { step, task, workflow } from "windmill-client";

const notify = task(async (eventId: string) => ({ eventId }));

export const main = workflow(async (events: string[], scores: number[], config: { tags: string[] }) => {
  const ordered = await step("ordered", () => [...events].sort());
  const newest = await step("newest", () => events.slice().reverse()[0] ?? null);
  const top = await step("top", () => Array.from(scores).sort((a, b) => b - a).slice(0, 3));
  const tagged = await step("tagged", () => {
    const copy = structuredClone(config);
    copy.tags.push("processed");
    return copy;
  });
  const sent = [];
  for (const e of ordered.slice(0, 2)) sent.push(await notify(e));
  return { newest, top, tags: tagged.tags, sent, original: events[0] };
});
