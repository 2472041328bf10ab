// SDK: windmill-client 1.818.0 client.mjs: a finally that only logs lets StepSuspend keep propagating (no return, no SDK call in it).
import { task, workflow } from "windmill-client";

const compact = task(async (table: string) => ({ table, freedMb: 512 }));

export const main = workflow(async (tables: string[]) => {
  const done: string[] = [];
  try {
    for (const t of tables) {
      await compact(t);
      done.push(t);
    }
  } finally {
    console.log(`compaction round ended after ${done.length}/${tables.length} tables`);
  }
  return { done };
});
