// SDK: windmill-client 1.818.0 client.mjs: the body re-runs every round; this setter only clamps and keeps the value in memory.
import { task, workflow } from "windmill-client";

const state = {
  pct: 0,
  set progress(p: number) {
    this.pct = Math.max(0, Math.min(100, p));
  },
};

const importRows = task(async (file: string) => ({ file, rows: 10 }));

export const main = workflow(async (file: string) => {
  state.progress = 0;
  const out = await importRows(file);
  state.progress = 100;
  return { ...out, pct: state.pct };
});
