// SDK: windmill-client 1.818.0 client.mjs: step()/task() results are JSON round-tripped; plain data (and structuredClone / JSON.parse(JSON.stringify(...)) of it) survives, and a class rebuilt from it in the body has its methods again.
import { workflow, task, step } from "windmill-client";

type Bin = { aisle: number; shelf: string; sku: string; qty: number };
type RouteData = { robotId: string; bins: Bin[] };

class PickRoute {
  constructor(public readonly robotId: string, public readonly bins: Bin[]) {}
  static from(data: RouteData): PickRoute {
    return new PickRoute(data.robotId, data.bins);
  }
  nextBin(done: number): Bin | undefined {
    return this.bins[done];
  }
  toJSON(): RouteData {
    return { robotId: this.robotId, bins: this.bins };
  }
}

const loadWave = task(async (waveId: string) => {
  const res = await fetch(`https://wms.example-logistics.com/api/waves/${waveId}/bins`);
  return (await res.json()) as Bin[];
});

const sendMission = task(async (robotId: string, bin: Bin) => {
  const res = await fetch(`https://fleet.example-robotics.io/v1/robots/${robotId}/missions`, {
    method: "POST",
    body: JSON.stringify(bin),
  });
  return (await res.json()) as { missionId: string };
});

export const main = workflow(async (waveId: string, robotId: string) => {
  const bins = await loadWave(waveId);
  const snapshot = structuredClone(bins);

  const data = await step("plan_route", (): RouteData =>
    JSON.parse(JSON.stringify(new PickRoute(robotId, [...bins].sort((a, b) => a.aisle - b.aisle)))),
  );
  const route = PickRoute.from(data);

  const missions: string[] = [];
  for (let done = 0; done < snapshot.length; done++) {
    const bin = route.nextBin(done);
    if (!bin) break;
    const { missionId } = await sendMission(robotId, bin);
    missions.push(missionId);
  }
  return { waveId, robotId, missions };
});
