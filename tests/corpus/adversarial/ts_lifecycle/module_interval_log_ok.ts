// SDK: windmill-client 1.818.0 client.mjs: every round loads the module again; an unref'd interval that only writes memory figures to the log repeats nothing outside the job.
import { task, workflow } from "windmill-client";

setInterval(() => console.log(`rss=${process.memoryUsage().rss}`), 10_000).unref();

const backup = task(async (db: string) => ({ db, ok: true }));

export const main = workflow(async (db: string) => {
  return await backup(db);
});
