// SDK: windmill-client 1.818.0 index.js `parallel`: `for (i = 0; i < items.length; ...)` over `items.slice(...)`; ES2025 `Set.prototype.difference` returns a Set, which has no `length`, so no recall notice is dispatched and the result is []
// Agent-written (added after the fixes): panel lots flagged by the maker, minus those already swapped, each gets a recall notice.
import { parallel, task, workflow } from "windmill-client";

const flaggedLots = task(async function flaggedLots(maker: string): Promise<string[]> {
  const r = await fetch(`https://recalls.sunroof.example/api/makers/${maker}/lots`);
  return (await r.json()) as string[];
});

const noticeLot = task(async function noticeLot(lot: string): Promise<{ sent: number }> {
  const r = await fetch("https://crm.sunroof.example/api/recall-notices", { method: "POST", body: JSON.stringify({ lot }) });
  return (await r.json()) as { sent: number };
});

export const main = workflow(async (maker: string, swappedLots: string[]) => {
  const flagged = new Set(await flaggedLots(maker));
  const pending = flagged.difference(new Set(swappedLots));
  const notices = await parallel(pending, noticeLot, { concurrency: 4 }); // expect: WAC301
  return { maker, notified: notices.length };
});
