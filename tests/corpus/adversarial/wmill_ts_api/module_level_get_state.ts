// SDK: windmill-client 1.818.0 client.mjs getState(): module code runs again on each replay, so this top-level read is an API request each time.
import { getState, task, workflow } from "windmill-client";

const last = (await getState()) as { cursor?: string } | undefined; // expect: WAC101

const pull = task(async (cursor: string) => ({ next: `${cursor}+` }));

export const main = workflow(async () => {
  return await pull(last?.cursor ?? "");
});
