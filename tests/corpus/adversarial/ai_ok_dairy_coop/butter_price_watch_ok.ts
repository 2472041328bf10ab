// SDK: windmill-client 1.818.0: a workflow whose body logs with console and formats numbers; clock only in a step
import { step, task, workflow } from "windmill-client";

type Quote = { market: string; eurPerTonne: number };

const MARKETS = ["EEX", "ZuivelNL", "Kempten"];

const quote = task(async (market: string): Promise<Quote> => {
  const r = await fetch(`https://prices.example.coop/api/butter/${market}`);
  return { market, eurPerTonne: ((await r.json()) as { price: number }).price };
});

const alertBoard = task(async (text: string) => {
  await fetch("https://hooks.example.coop/board", { method: "POST", body: JSON.stringify({ text }) });
});

export const main = workflow(async (thresholdEur = 6500) => {
  const quotes = await Promise.all(MARKETS.map((m) => quote(m)));
  const avg = quotes.reduce((s, q) => s + q.eurPerTonne, 0) / quotes.length;
  console.log(`butter average ${avg.toFixed(0)} EUR/t over ${quotes.length} markets`);
  const observedAt = await step("observed_at", () => new Date().toISOString());
  if (avg > thresholdEur) {
    await alertBoard(`Butter at ${avg.toFixed(0)} EUR/t (${observedAt})`);
  }
  return { avg: Math.round(avg), quotes, observedAt };
});
