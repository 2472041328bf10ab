// SDK: windmill-client 1.818.0 client.mjs: the Effect program with its fallback runs inside the task's own job; the body only awaits the task.
import { Effect } from "effect";
import { task, workflow } from "windmill-client";

const score = task(async (leadId: string) => {
  const program = Effect.tryPromise(() => fetch(`https://ml.example.com/score/${leadId}`).then((r) => r.json())).pipe(
    Effect.catchAll(() => Effect.succeed({ score: 0 })),
  );
  return await Effect.runPromise(program);
});

export const main = workflow(async (leadId: string) => {
  return await score(leadId);
});
