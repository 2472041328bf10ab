// SDK: windmill-client 1.818.0 client.mjs workflow(fn) returns the wrapped function; Windmill accepts `export default workflow(...)` as the entry (windmill-oracle dag lists the task).
import { task, workflow } from "windmill-client";

const archive = task(async (bucket: string, prefix: string) => {
  return { bucket, prefix, archived: true };
});

export default workflow(async (bucket: string, prefixes: string[]) => {
  const done = [];
  for (const prefix of prefixes) {
    done.push(await archive(bucket, prefix));
  }
  return done;
});
