// Tasks shared by the Bun billing and crew workflows (same names as f/common/tasks.py).
import { task } from "windmill-client";
import { GATEWAY } from "./net.ts";

export const readMeter = task(async (meterId: string) => {
  const res = await fetch(`${GATEWAY}/meters/${meterId}/registers/1`);
  const body = (await res.json()) as { litres: number; ts: number };
  return { meterId, litres: body.litres, readAt: new Date(body.ts * 1000) }; // expect: WAC107
});

export const chargeCard = task(async (account: string, cents: number) => {
  const res = await fetch(`${GATEWAY}/payments/charge`, {
    method: "POST",
    body: JSON.stringify({ account, cents }),
  });
  return (await res.json()) as { ok: boolean; ref: string };
});

export const listPastDue = task(async (cycle: string) => {
  const res = await fetch(`${GATEWAY}/cis/past-due?cycle=${cycle}`);
  return (await res.json()) as { account: string; cents: number; phone?: string }[];
});
