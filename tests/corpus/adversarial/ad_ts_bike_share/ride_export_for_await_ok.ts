// SDK: windmill-client 1.818.0 client.mjs: `for await` over an array of task thenables resolves each with `Promise.resolve(thenable)`; all calls were already pushed to `pending` by `map`, so the first `then` suspends them together in "parallel" mode and replays read the checkpoint
import { task, step, workflow } from "windmill-client";
import { format, parseISO, eachDayOfInterval } from "date-fns";

type DayExport = { day: string; rides: number; file: string };

const exportDay = task(async (systemId: string, day: string): Promise<DayExport> => {
  const r = await fetch(`https://warehouse.citycycle.example/exports/${systemId}/rides?day=${day}`, { method: "POST" });
  const body = (await r.json()) as { rows: number; s3Key: string };
  return { day, rides: body.rows, file: body.s3Key };
});

const publishCatalog = task(async (systemId: string, files: string[]) => {
  await fetch(`https://opendata.citycycle.example/catalog/${systemId}`, {
    method: "PUT",
    body: JSON.stringify({ files }),
  });
  return files.length;
});

export const main = workflow(async (systemId: string, fromDay: string, toDay: string) => {
  const days = eachDayOfInterval({ start: parseISO(fromDay), end: parseISO(toDay) }).map((d) => format(d, "yyyy-MM-dd"));
  const exports: DayExport[] = [];
  let rides = 0;
  for await (const e of days.map((d) => exportDay(systemId, d))) {
    exports.push(e);
    rides += e.rides;
  }
  const published = await publishCatalog(systemId, exports.map((e) => e.file));
  return await step("summary", () => ({ systemId, days: days.length, rides, published }));
});
