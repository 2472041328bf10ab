// SDK: windmill-client 1.818.0 index.js: `Array.fromAsync(items, mapFn)` awaits each `mapFn` result in turn, so each `auditKerning` thenable has its `then` called (suspending the first round) before the next is made; keys `auditKerning`, `auditKerning_2`, ... follow the input order
// Team code: kerning audit per style, one at a time to stay under the render farm's quota.
import { task, workflow } from "windmill-client";

const auditKerning = task(async function auditKerning(style: string) {
  const r = await fetch(`https://qa.kernhaus.example/api/kerning/${encodeURIComponent(style)}`);
  return (await r.json()) as { style: string; badPairs: number };
});

export const main = workflow(async (styles: string[]) => {
  const audits = await Array.fromAsync(styles, (style) => auditKerning(style));
  return { worst: audits.toSorted((a, b) => b.badPairs - a.badPairs).slice(0, 3) };
});
