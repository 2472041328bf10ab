// SDK: windmill-client 1.818.0 a task call throws StepSuspend to leave the round; break inside finally discards that exception
import { task, workflow } from "windmill-client";

const migrateBatch = task(async (table: string, offset: number, size: number) => {
  const res = await fetch(`https://migrator.internal/${table}/batches`, {
    method: "POST",
    body: JSON.stringify({ offset, size }),
  });
  return ((await res.json()) as { moved: number }).moved;
});

export const main = workflow(async (table: string, total: number, size: number = 5000) => {
  let moved = 0;
  for (let offset = 0; offset < total; offset += size) {
    let batch = 0;
    try {
      batch = await migrateBatch(table, offset, size);
      moved += batch;
    } finally {
      if (batch < size) break; // expect: WAC203
    }
  }
  return { table, moved };
});
