// SDK: windmill-client 1.818.0 client.mjs task(): a task's result reaches the body through the checkpoint as JSON; a RegExp encodes as `{}`, so `pattern.test(...)` is a TypeError in the body
import { task, workflow } from "windmill-client";

type Weld = { id: string; procedure: string; welder: string };

const loadProcedureRule = task(async (yardClass: string): Promise<RegExp> => {
  const r = await fetch(`https://qa.drydock-ops.example/v1/wps-rules/${yardClass}`);
  const { pattern, flags } = (await r.json()) as { pattern: string; flags: string };
  return new RegExp(pattern, flags); // expect: WAC107
});

const listWelds = task(async (block: string): Promise<Weld[]> => {
  const r = await fetch(`https://qa.drydock-ops.example/v1/blocks/${block}/welds`);
  return (await r.json()) as Weld[];
});

const flagNonConformance = task(async (block: string, weldIds: string[]) => {
  const r = await fetch("https://qa.drydock-ops.example/v1/ncr", {
    method: "POST",
    body: JSON.stringify({ block, welds: weldIds }),
  });
  return (await r.json()).ncr as string;
});

export const main = workflow(async (block: string, yardClass: string) => {
  const [rule, welds] = await Promise.all([loadProcedureRule(yardClass), listWelds(block)]);
  const bad = welds.filter((w) => !rule.test(w.procedure)).map((w) => w.id);
  const ncr = bad.length ? await flagNonConformance(block, bad) : null;
  return { block, checked: welds.length, nonConforming: bad.length, ncr };
});
