// SDK: windmill-client 1.818.0 a task call dispatches the step and returns a promise; `Pipeline.run` is async and awaits each stage, but the body never awaits `run`, so the workflow returns before the load and its failure is lost
import { task, workflow } from "windmill-client";

type Batch = { rows: Record<string, unknown>[]; source: string };
type Stage = (b: Batch) => Promise<Batch>;

const extract = task(async (b: Batch): Promise<Batch> => {
  const r = await fetch(`https://exports.acme.example/${b.source}.json`);
  return { ...b, rows: (await r.json()).rows };
});

const clean = task(async (b: Batch): Promise<Batch> => ({
  ...b,
  rows: b.rows.filter((row) => row.id != null),
}));

const load = task(async (b: Batch): Promise<Batch> => {
  await fetch("https://warehouse.acme.example/load", {
    method: "POST",
    body: JSON.stringify(b.rows),
  });
  return b;
});

class Pipeline {
  private readonly stages: Stage[];
  constructor(stages: Stage[]) {
    this.stages = stages;
  }

  async run(batch: Batch): Promise<Batch> {
    for (const stage of this.stages) batch = await stage(batch);
    return batch;
  }
}

export const main = workflow(async (source: string) => {
  const pipeline = new Pipeline([extract, clean, load]);
  pipeline.run({ rows: [], source }); // expect: WAC106
  return { source, started: true };
});
