// SDK: windmill-client 1.818.0 client.mjs: step() returns checkpointableResult(result) decoded from JSON and task() results come back as JSON from the child job: a class instance loses its prototype and an object literal loses its methods.
import { workflow, task, step } from "windmill-client";

type Bin = { aisle: number; shelf: string; sku: string; qty: number };

class PickRoute {
  constructor(public readonly robotId: string, public readonly bins: Bin[]) {}
  nextBin(done: number): Bin | undefined {
    return this.bins[done];
  }
  etaSeconds(): number {
    return this.bins.reduce((s, b) => s + 12 + b.aisle * 3, 0);
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

  const route = await step("plan_route", () => new PickRoute(robotId, [...bins].sort((a, b) => a.aisle - b.aisle))); // expect: WAC107
  const budget = await step("budget", () => ({
    limitSeconds: 900,
    fits(eta: number) { // expect: WAC107
      return eta <= this.limitSeconds;
    },
  }));

  if (!budget.fits(route.etaSeconds())) {
    return { waveId, robotId, status: "split-needed" };
  }

  const missions: string[] = [];
  for (let done = 0; done < bins.length; done++) {
    const bin = route.nextBin(done);
    if (!bin) break;
    const { missionId } = await sendMission(robotId, bin);
    missions.push(missionId);
  }
  return { waveId, robotId, missions };
});
