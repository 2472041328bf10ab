// SDK: windmill-client 1.818.0 client.mjs: the step returns the ISO string itself, which `_runInlineStep` checkpoints unchanged; the body rebuilds a dayjs from it on every replay
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
  const windowEndIso = await step("window_end", () => dayjs.utc().add(windowHours, "hour").toISOString());
  const windowEnd = dayjs.utc(windowEndIso);
  const due = stations.filter((s) => dayjs.utc(s.lastServiced).add(serviceIntervalDays, "day").isBefore(windowEnd));

  const closed: string[] = [];
  for (const s of due) {
    closed.push(await closeStation(s.id, windowEndIso));
  }
  await sleep(windowHours * 3600);
  const reopened = [];
  for (const id of closed) reopened.push(await reopenStation(id));
  return { region, closed: closed.length, reopened: reopened.length, until: windowEnd.format() };
});
