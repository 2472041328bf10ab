// SDK: windmill-client 1.818.0 client.mjs: task results are JSON; "no limit" travels as null and the body reads it as such
import { task, workflow } from "windmill-client";

type Stock = { sku: string; sheetsOnHand: number; dryingMinutes: number };

const INK_API = "https://mis.inkwell-print.example/ink";

const inkLimits = task(async (sku: string, coverage: number) => {
  const r = await fetch(`${INK_API}/limits?sku=${sku}`);
  const body = (await r.json()) as { maxSheetsPerRun?: number };
  return { sku, maxRun: body.maxSheetsPerRun ?? null, coverage };
});

const runBatch = task(async (sku: string, sheets: number, batch: number) => {
  const r = await fetch(`${INK_API}/runs`, {
    method: "POST",
    body: JSON.stringify({ sku, sheets, batch }),
  });
  return (await r.json()).runId as string;
});

export const main = workflow(async (stock: Stock, copies: number, coverage = 0.35) => {
  const limits = await inkLimits(stock.sku, coverage);
  const cap = limits.maxRun ?? Number.POSITIVE_INFINITY;
  const perRun = Math.max(1, Math.min(cap, copies, stock.sheetsOnHand));
  const runs: string[] = [];
  for (let done = 0, batch = 1; done < copies; done += perRun, batch++) {
    runs.push(await runBatch(stock.sku, Math.min(perRun, copies - done), batch));
  }
  return { sku: stock.sku, runs };
});
