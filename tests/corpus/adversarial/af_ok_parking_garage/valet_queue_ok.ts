// SDK: windmill-client 1.818.0 a workflow that seeds its shuffle from a value captured with step(), so the attendant order is the same on every replay; parallel() with a concurrency over the shuffled list; Date math on the checkpointed start time
import { parallel, step, task, workflow } from "windmill-client";

type Request = { ticket: string; level: number; requestedAt: string };

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pendingRequests = task(async function pendingRequests(garage: string): Promise<Request[]> {
  const res = await fetch(`https://valet.citypark.example/${garage}/requests?status=pending`);
  return res.ok ? await res.json() : [];
});

const assign = task(async function assign(job: { ticket: string; attendant: string }) {
  const res = await fetch("https://valet.citypark.example/assignments", { method: "POST", body: JSON.stringify(job) });
  return { ...job, ok: res.ok };
});

export const main = workflow(async (garage: string, attendants: string[]) => {
  const seed = await step("shuffle_seed", () => Math.floor(Math.random() * 2 ** 32));
  const startedAt = await step("started_at", () => Date.now());
  const rand = mulberry32(seed);
  const crew = [...attendants].sort().map((a) => ({ a, k: rand() })).sort((x, y) => x.k - y.k).map((x) => x.a);

  const queue = (await pendingRequests(garage)).toSorted((a, b) => a.requestedAt.localeCompare(b.requestedAt));
  const jobs = queue.map((r, i) => ({ ticket: r.ticket, attendant: crew[i % crew.length] }));
  const done = await parallel(jobs, assign, { concurrency: 4 });
  const oldestWaitMin = queue.length ? Math.round((startedAt - Date.parse(queue[0].requestedAt)) / 60_000) : 0;
  return { assigned: done.filter((d) => d.ok).length, oldestWaitMin };
});
