// SDK: windmill-client 1.818.0 client.mjs setClient(): only sets OpenAPI.TOKEN / BASE in memory; getWorkspace() reads the job's env.
import * as wmill from "windmill-client";
import { task, workflow } from "windmill-client";

const work = task(async (ws: string, n: number) => ({ ws, n }));

export const main = workflow(async (n: number) => {
  wmill.setClient(undefined, "http://windmill-internal:8000");
  return await work(wmill.getWorkspace(), n);
});
