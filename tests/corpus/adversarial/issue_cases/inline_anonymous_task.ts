// SDK: windmill-client 1.818.0 client.mjs task(fn): an anonymous fn has name "", so the step key is "step", "step_2"... shared with unnamed step() calls.
import { task, workflow } from "windmill-client";

const listBuckets = task(async (account: string) => ["logs", "backups", "assets"]);

export const main = workflow(async (account: string) => {
  const buckets = await listBuckets(account);
  const sizes: Record<string, number> = {};
  for (const b of buckets) {
    sizes[b] = await task(async (bucket: string) => { // expect: WAC003
      const res = await fetch(`https://storage.example.com/api/${account}/${bucket}/size`);
      return ((await res.json()) as { bytes: number }).bytes;
    })(b);
  }
  return sizes;
});
