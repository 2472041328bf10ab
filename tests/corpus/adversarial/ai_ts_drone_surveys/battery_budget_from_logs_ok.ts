// SDK: windmill-client 1.818.0 client.mjs: the energy each task reports comes back from the checkpoint on every replay, so a budget summed in the body from the returned logs is the same on each round
import { task, workflow } from "windmill-client";

class FleetBudget {
  static readonly capWh = 9_000;
  private usedWh = 0;

  charge(wh: number): void {
    this.usedWh += wh;
  }

  remaining(): number {
    return FleetBudget.capWh - this.usedWh;
  }

  reset(): void {
    this.usedWh = 0;
  }
}

type Block = { id: string; areaHa: number };
type FlightLog = { blockId: string; energyWh: number; images: number };

const flyBlock = task(async (droneId: string, block: Block): Promise<FlightLog> => {
  const r = await fetch(`https://fleet.skyline-survey.example/v1/drones/${droneId}/fly`, {
    method: "POST",
    body: JSON.stringify({ block: block.id }),
  });
  return (await r.json()) as FlightLog;
});

const swapBatteries = task(async (droneId: string) => {
  await fetch(`https://fleet.skyline-survey.example/v1/drones/${droneId}/swap`, { method: "POST" });
  return { swapped: true };
});

export const main = workflow(async (droneId: string, blocks: Block[]) => {
  const budget = new FleetBudget();
  const logs: FlightLog[] = [];
  for (const block of blocks) {
    if (budget.remaining() < block.areaHa * 45) {
      await swapBatteries(droneId);
      budget.reset();
    }
    const log = await flyBlock(droneId, block);
    budget.charge(log.energyWh);
    logs.push(log);
  }
  return { droneId, blocks: logs.length, images: logs.reduce((n, l) => n + l.images, 0) };
});
