import { task, workflow } from "windmill-client";
import { DRY_RUN } from "/f/tslib/settings.ts"; // expect: WAC101

const purge = task(async function purge(table: string) {
  return 100;
});

export const main = workflow(async (table: string) => {
  if (DRY_RUN) return 0;
  return await purge(table);
});
