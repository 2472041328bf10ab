// SDK: windmill-client 1.818.0: a class of the file whose methods call tasks (awaited in order) is only a wrapper; `void` of a logging promise is not durable; Array.prototype.with and at are pure
import { task, workflow } from "windmill-client";

const readSensor = task(async (sensorId: string) => {
  const res = await fetch(`https://iot.example-depot.org/sensors/${sensorId}`);
  return ((await res.json()) as { battery: number; fill: number }) ?? { battery: 0, fill: 0 };
});

const orderBattery = task(async (sensorIds: string[]) => {
  const res = await fetch("https://maint.example-depot.org/api/battery-orders", { method: "POST", body: JSON.stringify({ sensorIds }) });
  return ((await res.json()) as { order: string }).order;
});

class SensorFleet {
  constructor(private readonly ids: readonly string[]) {}

  async survey() {
    const out: { id: string; battery: number; fill: number }[] = [];
    for (const id of this.ids) {
      out.push({ id, ...(await readSensor(id)) });
    }
    return out;
  }
}

async function logLater(message: string): Promise<void> {
  console.log(message);
}

export const main = workflow(async (sensorIds: string[], lowBattery: number = 15) => {
  const fleet = new SensorFleet(sensorIds);
  const survey = await fleet.survey();
  void logLater(`surveyed ${survey.length} sensors`);
  const low = survey.filter((s) => s.battery < lowBattery).map((s) => s.id);
  const order = low.length ? await orderBattery(low) : null;
  const ranked = survey.toSorted((a, b) => b.fill - a.fill);
  const flagged = ranked.length ? ranked.with(0, { ...ranked[0], fill: Math.min(100, ranked[0].fill) }) : ranked;
  return { order, low, fullest: flagged.at(0)?.id ?? null };
});
