// SDK: windmill-client 1.818.0 client.mjs: a generic helper of the file that awaits the function it is handed for each item, given a task, dispatches the tasks in order; totals built from task results are body state.
import { task, workflow } from "windmill-client";

const archive = task(async (ticketId: string) => ({ ticketId, bytes: ticketId.length * 100 }));

async function eachInOrder<T, R>(items: T[], run: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (const item of items) out.push(await run(item));
  return out;
}

export const main = workflow(async (ticketIds: string[]) => {
  const archived = await eachInOrder(ticketIds, archive);
  let bytes = 0;
  for (const a of archived) bytes += a.bytes;
  const largest = Math.max(0, ...archived.map((a) => a.bytes));
  return { count: archived.length, bytes, largest };
});
