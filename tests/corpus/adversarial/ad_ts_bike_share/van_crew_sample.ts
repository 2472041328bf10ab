// SDK: windmill-client 1.818.0 client.mjs: lodash `sampleSize` draws with `Math.random`; the body re-runs after each task, so a replay picks other vans and `_nextStep` hands their keys the checkpointed results of the first pick
import { task, step, workflow } from "windmill-client";
import _ from "lodash";

type Van = { vanId: string; crew: string[]; capacity: number; depot: string };
type Job = { stationId: string; bikesToCollect: number };

const listVans = task(async (depot: string): Promise<Van[]> => {
  const r = await fetch(`https://fleet.citycycle.example/depots/${depot}/vans?state=idle`);
  return (await r.json()) as Van[];
});

const listJobs = task(async (depot: string): Promise<Job[]> => {
  const r = await fetch(`https://ops.citycycle.example/depots/${depot}/collection-jobs`);
  return (await r.json()) as Job[];
});

const assignJobs = task(async (vanId: string, jobs: Job[]) => {
  const r = await fetch(`https://fleet.citycycle.example/vans/${vanId}/assignments`, {
    method: "POST",
    body: JSON.stringify({ jobs }),
  });
  return { vanId, accepted: r.ok, jobs: jobs.length };
});

function packJobs(jobs: Job[], capacity: number): Job[][] {
  const runs: Job[][] = [];
  let current: Job[] = [];
  let load = 0;
  for (const j of _.orderBy(jobs, ["bikesToCollect"], ["desc"])) {
    if (load + j.bikesToCollect > capacity && current.length) {
      runs.push(current);
      current = [];
      load = 0;
    }
    current.push(j);
    load += j.bikesToCollect;
  }
  if (current.length) runs.push(current);
  return runs;
}

export const main = workflow(async (depot: string, vansTonight = 2) => {
  const [vans, jobs] = await Promise.all([listVans(depot), listJobs(depot)]);
  if (vans.length === 0 || jobs.length === 0) return { assigned: [] };
  const crew = _.sampleSize(vans, vansTonight); // expect: WAC102
  const runs = packJobs(jobs, _.minBy(crew, "capacity")?.capacity ?? 20);
  const assigned = [];
  for (const [i, run] of runs.entries()) {
    const van = crew[i % crew.length];
    assigned.push(await assignJobs(van.vanId, run));
  }
  return await step("summary", () => ({ depot, vans: crew.map((v) => v.vanId), assigned }));
});
