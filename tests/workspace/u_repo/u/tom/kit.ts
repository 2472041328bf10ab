// Tom's shortcuts: the team's WAC names plus a few small utilities.
export { step, task, taskFlow, taskScript, workflow } from "/f/lib/wac.ts";

export const jitterMs = (max = 500): number => Math.floor(Math.random() * max);

export function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
