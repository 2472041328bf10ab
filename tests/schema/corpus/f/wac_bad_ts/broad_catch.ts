// MISTAKE: broad catch blocks around WAC calls that do not rethrow the SDK's
// internal suspension error, so the workflow can never suspend inside them.
// The last one rethrows StepSuspend first, which is the acceptable form.
import { task, workflow } from "windmill-client";

const fetchFeed = task(async (url: string): Promise<unknown[]> => {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`feed: ${res.status}`);
  return (await res.json()).items;
});

const pushToCms = task(async (items: unknown[]) => {
  const res = await fetch("https://cms.example/api/import", { method: "POST", body: JSON.stringify({ items }) });
  if (!res.ok) throw new Error(`cms: ${res.status}`);
  return items.length;
});

const alertEditors = task(async (message: string) => {
  await fetch("https://hooks.slack.example/editorial", { method: "POST", body: JSON.stringify({ text: message }) });
});

export const main = workflow(async (feedUrl: string) => {
  let items: unknown[] = [];
  try {
    items = await fetchFeed(feedUrl);
  } catch (err) { // expect: WAC202
    items = [];
  }
  let imported = 0;
  try {
    imported = await pushToCms(items);
  } catch { // expect: WAC202
    await alertEditors(`Import of ${feedUrl} failed`);
  }
  try {
    await alertEditors(`Imported ${imported} items from ${feedUrl}`);
  } catch (e: any) {
    if (e?.name === "StepSuspend") throw e;
    await alertEditors("Could not post the import summary");
  }
  return { imported };
});
