// SDK: windmill-client 1.818.0 client.mjs: the handler hands the caught value to a helper that logs and always rethrows it, so the suspension leaves the body unchanged
import { task, sleep, workflow } from "windmill-client";

const readProbe = task(async (fridgeId: string) => {
  const r = await fetch(`https://coldchain.hemolink.example/fridges/${fridgeId}/probe`);
  return (await r.json()) as { celsius: number; door: "open" | "closed" };
});

const raiseAlarm = task(async (fridgeId: string, celsius: number) => {
  await fetch("https://pager.hemolink.example/alarms", {
    method: "POST",
    body: JSON.stringify({ fridgeId, celsius, severity: celsius > 8 ? "critical" : "warning" }),
  });
  return { paged: true };
});

function logAndRethrow(e: unknown, where: string): never {
  console.error(`[cold-chain] ${where} failed`, e instanceof Error ? e.message : e);
  throw e;
}

export const main = workflow(async (fridgeIds: string[], rounds = 12) => {
  const alarms: string[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const id of fridgeIds) {
      try {
        const p = await readProbe(id);
        if (p.celsius < 2 || p.celsius > 6) {
          await raiseAlarm(id, p.celsius);
          alarms.push(id);
        }
      } catch (e) {
        logAndRethrow(e, `probe ${id}`);
      }
    }
    await sleep(600);
  }
  return { alarms };
});
