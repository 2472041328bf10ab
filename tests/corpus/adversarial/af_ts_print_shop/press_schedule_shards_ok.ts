// SDK: windmill-client 1.818.0 client.mjs: Bun.hash of the job id is the same in every replay, so the press picked from it and the tasks dispatched in the reduce chain come in the same order every round
import { task, workflow, sleep } from "windmill-client";

const PRESSES = ["kba-rapida-1", "kba-rapida-2", "heidelberg-xl106"] as const;

type Run = { jobId: string; sheets: number; colours: 1 | 2 | 4 };

const queueRun = task(async (press: string, run: Run) => {
  const r = await fetch(`https://mis.inkwell-print.example/presses/${press}/queue`, {
    method: "POST",
    body: JSON.stringify(run),
  });
  return (await r.json()).position as number;
});

const washUp = task(async (press: string) => {
  await fetch(`https://mis.inkwell-print.example/presses/${press}/wash`, { method: "POST" });
  return press;
});

function pressFor(jobId: string): (typeof PRESSES)[number] {
  return PRESSES[Number(Bun.hash(jobId) % BigInt(PRESSES.length))];
}

export const main = workflow(async (runs: Run[]) => {
  const ordered = [...runs].sort((a, b) => a.jobId.localeCompare(b.jobId));
  const positions = await ordered.reduce<Promise<Record<string, number>>>(async (accP, run) => {
    const acc = await accP;
    const position = await queueRun(pressFor(run.jobId), run);
    return { ...acc, [run.jobId]: position };
  }, Promise.resolve({}));
  await sleep(15 * 60);
  const presses = [...new Set(ordered.map((r) => pressFor(r.jobId)))];
  const washed = await Promise.all(presses.map((p) => washUp(p)));
  return { positions, washed };
});
