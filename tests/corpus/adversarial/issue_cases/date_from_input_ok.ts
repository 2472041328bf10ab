// SDK: windmill-client 1.818.0 client.mjs: only argument-less clock reads change between replays; new Date(ts) and Date.parse(s) of inputs do not.
import { task, workflow } from "windmill-client";

const bill = task(async (account: string, days: number) => ({ account, amount: days * 3 }));

export const main = workflow(async (account: string, from: string, to: string) => {
  const start = new Date(from);
  const end = Date.parse(to);
  const days = Math.ceil((end - start.getTime()) / 86_400_000);
  const label = new Date(end).toISOString().slice(0, 7);
  const invoice = await bill(account, days);
  return { ...invoice, period: label };
});
