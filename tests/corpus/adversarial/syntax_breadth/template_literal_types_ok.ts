// SDK: windmill-client 1.818.0 client.mjs `step(name, fn)`: the names are plain literals at the call; template literal *types* constrain them at compile time only.
import { step, task, workflow } from "windmill-client";

type Phase = "extract" | "load";
type StepName = `${Phase}_${"start" | "end"}`;

const extract = task(async (source: string) => [{ id: 1 }]);
const load = task(async (rows: { id: number }[]) => rows.length);

function marker<N extends StepName>(name: N): N {
  return name;
}

export const main = workflow(async (source: string) => {
  const startedAt = await step("extract_start", () => new Date().toISOString());
  const rows = await extract(source);
  const loaded = await load(rows);
  const endedAt = await step("load_end", () => new Date().toISOString());
  return { source, loaded, startedAt, endedAt, phase: marker("load_end") };
});
