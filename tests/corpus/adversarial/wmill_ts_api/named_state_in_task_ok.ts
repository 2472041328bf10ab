// SDK: windmill-client 1.818.0 client.mjs getState()/setState(): inside a task they run once in the child job, whose result is checkpointed.
import { getState, setState, task, workflow } from "windmill-client";

const loadCursor = task(async () => {
  const prev = await getState();
  return (prev?.last as number | undefined) ?? 0;
});

const saveCursor = task(async (last: number) => {
  await setState({ last });
  return last;
});

const pull = task(async (after: number) => ({ last: after + 10, items: [after + 1] }));

export const main = workflow(async () => {
  const after = await loadCursor();
  const page = await pull(after);
  await saveCursor(page.last);
  return page.items;
});
