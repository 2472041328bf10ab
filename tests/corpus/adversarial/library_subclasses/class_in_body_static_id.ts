// SDK: windmill-client 1.818.0 client.mjs: the body replays from the top; a class declared in the body evaluates its `static` initializers each time the declaration is reached, so `Run.id` is a new UUID on every replay (its instance field is built only with an instance, and none is).
import { task, workflow } from "windmill-client";

const reserve = task(async (runId: string, seats: number) => `${runId}:${seats}`);

export const main = workflow(async (seats: number) => {
  class Run {
    static id = crypto.randomUUID(); // expect: WAC102
    static region = "eu";
    startedAt = Date.now();
  }
  return await reserve(`${Run.region}-${Run.id}`, seats);
});
