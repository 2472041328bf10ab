// SDK: windmill-client 1.818.0 client.mjs: the body is replayed; an async generator method of a class the body builds runs in the body, and its POST is repeated on each replay.
import { task, workflow } from "windmill-client";

const archive = task(async (id: string) => ({ id, archived: true }));

class Reaper {
  constructor(private readonly hook: string) {}

  async *reap(ids: string[]) {
    for (const id of ids) {
      await fetch(this.hook, { method: "POST", body: JSON.stringify({ id }) });
      yield await archive(id);
    }
  }
}

export const main = workflow(async (hook: string, ids: string[]) => {
  const out = [];
  for await (const r of new Reaper(hook).reap(ids)) out.push(r); // expect: WAC101
  return out;
});
