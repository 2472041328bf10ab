// SDK: windmill-client 1.818.0 client.mjs: the module is loaded again for every round (and for every task's child job); bullmq's `new Worker(name, processor, { connection })` connects to Redis and starts taking jobs as soon as it is built (autorun defaults to true), so each round's process steals rota jobs from the real queue
// Ported from a BullMQ FlowProducer: the parent job waits for one child per station; the old worker was left at the top of the file.
import { Worker, type Job } from "bullmq";
import { step, task, workflow } from "windmill-client";

type Shift = { station: string; keeper: string; from: string; to: string };

const connection = { host: "redis.lighthouses.internal", port: 6379 };

const legacyWorker = new Worker( // expect: WAC101
  "rota",
  async (job: Job<Shift>) => {
    console.log(`legacy rota job ${job.id} for ${job.data.station}`);
    return job.data;
  },
  { connection },
);

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
  return { weekOf, shifts: shifts.length, gaps, legacy: legacyWorker.name };
});
