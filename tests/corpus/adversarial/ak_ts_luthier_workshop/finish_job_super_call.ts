// SDK: windmill-client 1.818.0 index.js `task` wrapper returns a bare `{ then }`; the base class's async `finish` returns that task call, and `super.finish(...)` without `await` leaves the returned promise to nobody: the task is queued but its result and failure are never observed
// Agent-written: finishing jobs as a small class hierarchy; the varnish job adds a curing notice after the shared finishing step.
import { task, workflow } from "windmill-client";

type Instrument = { serial: string; model: string; finish: "oil" | "nitro" | "shellac" };

const logFinish = task(async function logFinish(serial: string, finish: string): Promise<{ entry: string }> {
  const r = await fetch("https://shop.luthiers.example/api/finish-log", { method: "POST", body: JSON.stringify({ serial, finish }) });
  return (await r.json()) as { entry: string };
});

const noticeCuring = task(async function noticeCuring(serial: string, days: number): Promise<void> {
  await fetch("https://shop.luthiers.example/api/notices", { method: "POST", body: JSON.stringify({ serial, days }) });
});

class FinishJob {
  constructor(protected readonly instrument: Instrument) {}
  async finish() {
    return logFinish(this.instrument.serial, this.instrument.finish);
  }
}

class VarnishJob extends FinishJob {
  async finish() {
    super.finish();
    await noticeCuring(this.instrument.serial, this.instrument.finish === "nitro" ? 21 : 7);
    return { serial: this.instrument.serial, curing: true };
  }
}

export const main = workflow(async (instrument: Instrument) => {
  const job = instrument.finish === "oil" ? new FinishJob(instrument) : new VarnishJob(instrument);
  return await job.finish(); // expect: WAC106
});
