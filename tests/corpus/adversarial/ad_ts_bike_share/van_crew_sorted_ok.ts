// SDK: windmill-client 1.818.0 client.mjs: the vans are picked by a total order over task results (`_.orderBy` on capacity then id), which every replay computes the same way, so `_nextStep` keys line up
import { task, workflow } from "windmill-client";
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

export const main = workflow(async (depot: string, vansTonight = 2) => {
  const [vans, jobs] = await Promise.all([listVans(depot), listJobs(depot)]);
  if (vans.length === 0 || jobs.length === 0) return { assigned: [] };
  const crew = _.take(_.orderBy(vans, ["capacity", "vanId"], ["desc", "asc"]), vansTonight);
  const runs = _.chunk(_.orderBy(jobs, ["bikesToCollect", "stationId"], ["desc", "asc"]), 6);
  const assigned = await Promise.all(runs.map((run, i) => assignJobs(crew[i % crew.length].vanId, run)));
  return { depot, vans: crew.map((v) => v.vanId), assigned };
});
