// SDK: windmill-client 1.818.0 index.js: the body re-runs from the top after each task (in a new process, and a task's child job replays it too); a destructuring default runs when the field is missing, so `process.env.GUILD_REGION` is read in the body and can differ between rounds and workers
import { task, workflow } from "windmill-client";

type ShowOptions = { region?: string; maxEntries?: number; theme?: string };

const openEntries = task(async function openEntries(region: string, theme: string, maxEntries: number) {
  const r = await fetch(`https://entries.quiltguild.example/api/${region}/shows`, {
    method: "POST",
    body: JSON.stringify({ theme, maxEntries }),
  });
  return (await r.json()) as { showId: string };
});

export const main = workflow(async (title: string, options: ShowOptions = {}) => {
  const { region = process.env.GUILD_REGION ?? "leinster", maxEntries = 120, theme = "open" } = options; // expect: WAC102
  const show = await openEntries(region, theme, maxEntries);
  return { title, region, ...show };
});
