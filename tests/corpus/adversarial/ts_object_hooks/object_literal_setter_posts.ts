// SDK: windmill-client 1.818.0 client.mjs: the body re-runs every round; assigning `progress` runs the object's setter, which posts the progress to the dashboard on each replay.
import { task, workflow } from "windmill-client";

const dashboard = {
  set progress(pct: number) {
    void fetch("https://dash.example.com/progress", { method: "POST", body: String(pct) });
  },
};

const importRows = task(async (file: string) => ({ file, rows: 10 }));

export const main = workflow(async (file: string) => {
  dashboard.progress = 0; // expect: WAC101
  return await importRows(file);
});
