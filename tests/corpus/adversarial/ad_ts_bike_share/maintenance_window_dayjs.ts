// SDK: windmill-client 1.818.0 client.mjs: `_runInlineStep` checkpoints `JSON.parse(encodeCheckpointPayload(...))`, so the dayjs object the step returns comes back as its ISO string (dayjs's `toJSON`) and `.isBefore` on it is not a function
import { task, step, sleep, workflow } from "windmill-client";
import dayjs from "dayjs";
import utc from "dayjs/plugin/utc";

dayjs.extend(utc);

type Station = { id: string; name: string; lastServiced: string };

const stationsDue = task(async (region: string): Promise<Station[]> => {
  const r = await fetch(`https://maint.citycycle.example/regions/${region}/stations`);
  return (await r.json()) as Station[];
});

const closeStation = task(async (stationId: string, until: string) => {
  await fetch(`https://ops.citycycle.example/stations/${stationId}/closure`, {
    method: "PUT",
    body: JSON.stringify({ until }),
  });
  return stationId;
});

const reopenStation = task(async (stationId: string) => {
  await fetch(`https://ops.citycycle.example/stations/${stationId}/closure`, { method: "DELETE" });
  return stationId;
});

export const main = workflow(async (region: string, serviceIntervalDays = 60, windowHours = 3) => {
  const stations = await stationsDue(region);
  const windowEnd = await step("window_end", () => dayjs.utc().add(windowHours, "hour")); // expect: WAC107
  const due = stations.filter((s) => dayjs.utc(s.lastServiced).add(serviceIntervalDays, "day").isBefore(windowEnd));

  const closed: string[] = [];
  for (const s of due) {
    closed.push(await closeStation(s.id, windowEnd.toISOString()));
  }
  await sleep(windowHours * 3600);
  const reopened = [];
  for (const id of closed) reopened.push(await reopenStation(id));
  return { region, closed: closed.length, reopened: reopened.length, until: windowEnd.format() };
});
