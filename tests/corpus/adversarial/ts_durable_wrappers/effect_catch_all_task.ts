// SDK: windmill-client 1.818.0 client.mjs: the task thenable's StepSuspend becomes an Effect failure in tryPromise, and catchAll turns it into null, so the body goes on past the task on the first round.
import { Effect } from "effect";
import { task, workflow } from "windmill-client";

const score = task(async (leadId: string) => ({ leadId, score: 0.7 }));

export const main = workflow(async (leadId: string) => {
  const program = Effect.tryPromise(() => score(leadId)).pipe(Effect.catchAll(() => Effect.succeed(null))); // expect: WAC202
  return await Effect.runPromise(program);
});
