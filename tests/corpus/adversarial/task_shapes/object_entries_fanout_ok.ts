// SDK: windmill-client 1.818.0 client.mjs _nextStep: Promise.all over Object.entries dispatches the tasks in insertion order, all awaited together.
import { task, workflow } from "windmill-client";

const SIZES: Record<string, number> = { thumb: 128, card: 512, hero: 1600 };

const resize = task(async (image: string, name: string, width: number) => ({ image, name, width }));

export const main = workflow(async (image: string) => {
  const done = await Promise.all(Object.entries(SIZES).map(([name, width]) => resize(image, name, width)));
  return { count: done.length };
});
