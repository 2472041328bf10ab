// SDK: windmill-client 1.818.0 client.mjs: rxjs over in-memory values (`from(array)` with map / filter / toArray) does no I/O and no timing; fine in the body.
import { filter, from, lastValueFrom, map, toArray } from "rxjs";
import { task, workflow } from "windmill-client";

const publishDigest = task(async (channel: string, items: string[]) => ({ channel, count: items.length }));

export const main = workflow(async (titles: string[], channel: string) => {
  const cleaned = await lastValueFrom(
    from(titles).pipe(
      map((t) => t.trim()),
      filter((t) => t.length > 0),
      toArray(),
    ),
  );
  return await publishDigest(channel, cleaned);
});
