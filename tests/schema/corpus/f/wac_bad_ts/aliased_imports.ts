// MISTAKE: WAC names imported under aliases. Windmill's WAC parser only
// recognises the exact SDK names, so none of these tasks show up.
import { task as defineTask } from "windmill-client"; // expect: WAC001
import { workflow, sleep as pause } from "windmill-client"; // expect: WAC001
import { step } from "windmill-client";

const fetchRates = defineTask(async (base: string): Promise<Record<string, number>> => {
  const res = await fetch(`https://fx.example/api/latest?base=${base}`);
  if (!res.ok) throw new Error(`fx: ${res.status}`);
  return (await res.json()).rates;
});

const storeRates = defineTask(
  async (base: string, rates: Record<string, number>) => {
    await fetch("https://pricing.example/api/fx", { method: "POST", body: JSON.stringify({ base, rates }) });
    return Object.keys(rates).length;
  },
  { timeout: 120 },
);

export const main = workflow(async (base: string = "EUR") => {
  const rates = await fetchRates(base);
  const stored = await storeRates(base, rates);
  await pause(60);
  const summary = await step("summary", () => ({ base, currencies: Object.keys(rates).sort() }));
  return { stored, ...summary };
});
