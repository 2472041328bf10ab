// SDK: windmill-client 1.818.0 client.mjs: the children are tasks gathered with Promise.all (one parallel dispatch, keys allocated in the order of the input array); nothing connects to Redis at module load
// Ported from a BullMQ FlowProducer: the parent job waits for one child per station.
import { step, task, workflow } from "windmill-client";

type Shift = { station: string; keeper: string; from: string; to: string };

const assignStation = task(async (station: string, keepers: string[], weekOf: string) => {
  const r = await fetch(`https://rota.lighthouses.example/stations/${station}/assign`, {
    method: "POST",
    body: JSON.stringify({ keepers, weekOf }),
  });
  return (await r.json()) as Shift[];
});

const publishRota = task(async (weekOf: string, shifts: Shift[]) => {
  const r = await fetch("https://rota.lighthouses.example/publish", {
    method: "POST",
    body: JSON.stringify({ weekOf, shifts }),
  });
  return r.ok;
});

export const main = workflow(async (weekOf: string, rosters: { station: string; keepers: string[] }[]) => {
  const children = rosters.map(({ station, keepers }) => assignStation(station, keepers, weekOf));
  const shifts = (await Promise.all(children)).flat();
  const gaps = await step("gaps", () =>
    rosters.map((r) => r.station).filter((s) => !shifts.some((sh) => sh.station === s)),
  );
  if (gaps.length === 0) await publishRota(weekOf, shifts);
  return { weekOf, shifts: shifts.length, gaps };
});
