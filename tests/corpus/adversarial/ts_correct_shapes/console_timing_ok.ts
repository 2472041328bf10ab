// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; console.time / timeEnd / table and log lines print again each replay but change nothing checkpointed or dispatched.
import { parallel, task, workflow } from "windmill-client";

const resize = task(async (image: string) => ({ image, ok: true }));

export const main = workflow(async (images: string[]) => {
  console.time("resize");
  const out = await parallel(images, resize, { concurrency: 4 });
  console.timeEnd("resize");
  console.table(out);
  console.info(`resized ${out.filter((o) => o.ok).length}/${images.length}`);
  return out;
});
