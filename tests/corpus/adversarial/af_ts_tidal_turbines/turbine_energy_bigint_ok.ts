// SDK: windmill-client 1.818.0 client.mjs: task results are JSON; the register goes out as a decimal string and the body rebuilds the bigint from it
import { task, workflow } from "windmill-client";

type Meter = { turbine: string; register: string };

const readRegister = task(async (m: Meter) => {
  const r = await fetch(`https://scada.sealoch-tidal.example/registers/${m.turbine}/${m.register}`);
  const raw = (await r.json()).value as string;
  return { turbine: m.turbine, energyWh: BigInt(raw).toString() };
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
    total += BigInt(r.energyWh);
    perTurbine[r.turbine] = r.energyWh;
  }
  await postSettlement(day, total.toString());
  return { day, totalWh: total.toString(), perTurbine };
});
