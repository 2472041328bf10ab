// SDK: windmill-client 1.818.0 client.mjs _nextStep: each task is awaited in order, so keys saveRow, saveRow_2, ... are the same every replay.
import { task, workflow } from "windmill-client";

const saveRow = task(async function saveRow(row: string) {
  return { row, saved: true };
});

export const main = workflow(async (rows: string[]) => {
  const saved = [];
  for (const row of rows) saved.push(await saveRow(row));
  return { count: saved.length };
});
