// SDK: windmill-client 1.818.0 client.mjs: the file's own command objects compute in memory; execute() here does no I/O.
import { task, workflow } from "windmill-client";

interface Command { execute(state: number[]): number[] }
class Push implements Command {
  constructor(private readonly v: number) {}
  execute(state: number[]) { return [...state, this.v]; }
}
class Double implements Command {
  execute(state: number[]) { return state.map((x) => x * 2); }
}
const store = task(async (values: number[]) => ({ values }));

export const main = workflow(async (xs: number[]) => {
  const program: Command[] = [...xs.map((x) => new Push(x)), new Double()];
  const state = program.reduce((s, c) => c.execute(s), [] as number[]);
  return await store(state);
});
