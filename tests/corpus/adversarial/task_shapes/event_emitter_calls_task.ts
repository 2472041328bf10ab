// SDK: windmill-client 1.818.0 client.mjs _nextStep: the listener's task calls return thenables nobody awaits; emit() ignores the listener's return value.
import { EventEmitter } from "node:events";
import { task, workflow } from "windmill-client";

const saveRow = task(async (row: string) => ({ row, saved: true }));

export const main = workflow(async (rows: string[]) => {
  const bus = new EventEmitter();
  bus.on("row", (row: string) => saveRow(row)); // expect: WAC106
  for (const row of rows) bus.emit("row", row);
  return { count: rows.length };
});
