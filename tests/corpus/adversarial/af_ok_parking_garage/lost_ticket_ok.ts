// SDK: windmill-client 1.818.0 a short workflow: a relative taskScript called with one args object, its result checked with zod safeParse right after the checkpoint, a second task only when the fee is owed
import { task, taskScript, workflow } from "windmill-client";
import { z } from "zod";

const lookupEntry = taskScript("./lpr_lookup.ts", { timeout: 60 });

const Entry = z.object({ plate: z.string(), enteredAt: z.string(), garage: z.string() });

const chargeFee = task(async function chargeFee(plate: string, cents: number) {
  const res = await fetch("https://pay.citypark.example/charges", { method: "POST", body: JSON.stringify({ plate, cents }) });
  return res.ok;
});

export const main = workflow(async (plate: string, exitAt: string, maxDailyCents = 3200) => {
  const parsed = Entry.safeParse(await lookupEntry({ plate }));
  if (!parsed.success) return { plate, fee: maxDailyCents, charged: await chargeFee(plate, maxDailyCents) };
  const days = Math.max(1, Math.ceil((Date.parse(exitAt) - Date.parse(parsed.data.enteredAt)) / 86_400_000));
  const fee = days * maxDailyCents;
  return { plate, days, fee, charged: await chargeFee(plate, fee) };
});
