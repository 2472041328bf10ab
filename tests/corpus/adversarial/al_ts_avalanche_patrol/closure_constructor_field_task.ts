// SDK: windmill-client 1.818.0 index.js: the constructor assigns `this.notice = postClosureNotice(...)`, a task call (`_nextStep` queues the step, returns a bare `{ then }`); nothing in the file reads `.notice`, so the notice's result and failure are never observed
// Team code: a road closure object that posts its public notice when it is created.
import { task, workflow } from "windmill-client";

const postClosureNotice = task(async function postClosureNotice(roadId: string, hours: number) {
  await fetch("https://public.snowwatch.example/api/notices", {
    method: "POST",
    body: JSON.stringify({ roadId, hours }),
  });
  return roadId;
});

const closeRoad = task(async function closeRoad(roadId: string) {
  const r = await fetch(`https://roads.snowwatch.example/api/roads/${roadId}/close`, { method: "POST" });
  return r.ok;
});

class Closure {
  readonly notice: PromiseLike<string>;

  constructor(
    readonly roadId: string,
    hours: number,
  ) {
    this.notice = postClosureNotice(roadId, hours);
  }
}

export const main = workflow(async (roadId: string, hours: number) => {
  const closure = new Closure(roadId, hours); // expect: WAC106
  const closed = await closeRoad(closure.roadId);
  return { roadId, closed };
});
