// SDK: windmill-client 1.818.0 client.mjs: `ids.map(readSensor)` and `parallel(ids, readSensor)` call the task wrapper with (id, index, array): the wrapper keys extra arguments as arg1 / arg2 and the child job runs the function with the replay's own arguments
import { task, step, parallel, workflow } from "windmill-client";

const readSensor = task(async (sensorId: string) => {
  const r = await fetch(`https://scada.deepcore.example/api/gas/${sensorId}`);
  const j = (await r.json()) as { ch4: number; co: number; o2: number };
  return { sensorId, ...j };
});

const calibrate = task(async (sensorId: string) => {
  const r = await fetch(`https://scada.deepcore.example/api/gas/${sensorId}/bump-test`, { method: "POST" });
  return { sensorId, passed: r.ok };
});

export const main = workflow(async (sensorIds: string[]) => {
  const readings = await Promise.all(sensorIds.map(readSensor));
  const drifting = await step("drifting", () =>
    readings.filter((r) => r.o2 < 19.5 || r.o2 > 23 || r.ch4 < 0).map((r) => r.sensorId),
  );
  const bumps = await parallel(drifting, calibrate, { concurrency: 3 });
  const again = await Promise.all(drifting.map((id) => readSensor(id)));
  return { checked: readings.length, bumps, again };
});
