// SDK: windmill-client 1.818.0 client.mjs: each round runs the script again from the top, so the `static` field initializer of `Run` draws a new id every round; the two tasks get different ids.
import { task, workflow } from "windmill-client";

class Run {
  static id = crypto.randomUUID();
  static region = "eu";
}

const reserve = task(async (runId: string, seats: number) => `${runId}:${seats}`);
const confirm = task(async (runId: string) => runId);

export const main = workflow(async (seats: number) => {
  await reserve(Run.id, seats); // expect: WAC102
  return await confirm(Run.id);
});
