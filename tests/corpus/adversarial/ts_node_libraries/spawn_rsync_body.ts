// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; spawn() starts rsync again on every replay.
import { spawn } from "node:child_process";
import { task, workflow } from "windmill-client";

const listChanged = task(async (dir: string) => [`${dir}/a.parquet`]);

export const main = workflow(async (dir: string) => {
  const files = await listChanged(dir);
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn("rsync", ["-a", ...files, "backup:/srv/"]); // expect: WAC101
    child.on("close", resolve);
  });
  return { files: files.length, code };
});
