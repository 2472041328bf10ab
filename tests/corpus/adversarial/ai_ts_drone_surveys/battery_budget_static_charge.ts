// SDK: windmill-client 1.818.0 client.mjs task(): each task runs as its own child job (`_executingKey`), so what `FleetBudget.charge` adds to the static counter there is gone when the parent's next round reads `FleetBudget.usedWh` in a fresh process
import { task, workflow } from "windmill-client";

class FleetBudget {
  static usedWh = 0;
  static readonly capWh = 9_000;

  static charge(wh: number): void {
    FleetBudget.usedWh += wh;
  }

  static remaining(): number {
    return FleetBudget.capWh - FleetBudget.usedWh;
  }
}

type Block = { id: string; areaHa: number };
type FlightLog = { blockId: string; energyWh: number; images: number };

const flyBlock = task(async (droneId: string, block: Block): Promise<FlightLog> => {
  const r = await fetch(`https://fleet.skyline-survey.example/v1/drones/${droneId}/fly`, {
    method: "POST",
    body: JSON.stringify({ block: block.id }),
  });
  const log = (await r.json()) as FlightLog;
  FleetBudget.charge(log.energyWh); // expect: WAC104
  return log;
});

const swapBatteries = task(async (droneId: string) => {
  await fetch(`https://fleet.skyline-survey.example/v1/drones/${droneId}/swap`, { method: "POST" });
  return { swapped: true };
});

export const main = workflow(async (droneId: string, blocks: Block[]) => {
  const logs: FlightLog[] = [];
  for (const block of blocks) {
    if (FleetBudget.remaining() < block.areaHa * 45) {
      await swapBatteries(droneId);
      FleetBudget.usedWh = 0;
    }
    logs.push(await flyBlock(droneId, block));
  }
  return {
    droneId,
    blocks: logs.length,
    images: logs.reduce((n, l) => n + l.images, 0),
  };
});
