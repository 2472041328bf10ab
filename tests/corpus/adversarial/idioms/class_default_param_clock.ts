// SDK: windmill-client 1.818.0 client.mjs: the body replays on each round; the constructor's default parameter `new Date()` reads the clock when `new Window()` is built in the body.
import { task, workflow } from "windmill-client";

class Window {
  readonly end: string;
  constructor(readonly days: number, now: Date = new Date()) {
    this.end = now.toISOString().slice(0, 10);
  }
}

const exportWindow = task(async function exportWindow(end: string, days: number) {
  return { end, days };
});

export const main = workflow(async (days = 7) => {
  const window = new Window(days); // expect: WAC102
  return await exportWindow(window.end, window.days);
});
