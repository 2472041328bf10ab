// SDK: windmill-client 1.818.0 client.mjs: the body replays on each round; a `Date` parsed from the workflow's input (not the clock) gives the same window every time.
import { task, workflow } from "windmill-client";

class Window {
  readonly end: string;
  constructor(readonly days: number, now: Date) {
    this.end = now.toISOString().slice(0, 10);
  }
}

const exportWindow = task(async function exportWindow(end: string, days: number) {
  return { end, days };
});

export const main = workflow(async (asOf: string, days = 7) => {
  const window = new Window(days, new Date(asOf));
  return await exportWindow(window.end, window.days);
});
