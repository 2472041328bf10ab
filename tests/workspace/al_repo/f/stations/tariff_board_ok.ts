// Put the current fares of a station's zones on its board.
import { step, task, workflow } from "windmill-client";
import { boardStep } from "./kit/names.ts";

const fares = task(async function fares(zones: string[]): Promise<Record<string, number>> {
  const { TARIFF } = await import("./kit/tariff.ts");
  return Object.fromEntries(zones.map((z) => [z, TARIFF[z] ?? 0]));
});

const push = task(async function push(station: string, lines: string[]): Promise<number> {
  const resp = await fetch(`https://dbi.westbahn-regional.at/api/boards/${station}`, {
    method: "PUT",
    body: JSON.stringify({ lines }),
  });
  return resp.status;
});

export const main = workflow(async (station: string, zones: string[]) => {
  const prices = await fares(zones);
  const lines = zones.map((z) => `Zone ${z}: ${(prices[z] / 100).toFixed(2)} EUR`);
  const key = boardStep(station);
  await step("fares", () => ({ station, key, n: lines.length }));
  return await push(station, lines);
});
