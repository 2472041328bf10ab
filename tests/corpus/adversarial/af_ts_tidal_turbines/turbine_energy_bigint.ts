// SDK: windmill-client 1.818.0 client.mjs: a task's result is the child job's JSON; the worker wrapper's BigInt.prototype.toJSON turns a bigint into its digits, so `total += r.energyWh` mixes a bigint with a string (TypeError: Cannot mix BigInt and other types)
import { task, workflow } from "windmill-client";

type Meter = { turbine: string; register: string };

const readRegister = task(async (m: Meter) => {
  const r = await fetch(`https://scada.sealoch-tidal.example/registers/${m.turbine}/${m.register}`);
  const raw = (await r.json()).value as string;
  return { turbine: m.turbine, energyWh: BigInt(raw) }; // expect: WAC107
});

const postSettlement = task(async (day: string, totalWh: string) => {
  await fetch("https://settlement.sealoch-tidal.example/daily", {
    method: "POST",
    body: JSON.stringify({ day, totalWh }),
  });
});

export const main = workflow(async (day: string, meters: Meter[]) => {
  let total = 0n;
  const perTurbine: Record<string, string> = {};
  for (const m of meters) {
    const r = await readRegister(m);
    total += r.energyWh;
    perTurbine[r.turbine] = r.energyWh.toString();
  }
  await postSettlement(day, total.toString());
  return { day, totalWh: total.toString(), perTurbine };
});
