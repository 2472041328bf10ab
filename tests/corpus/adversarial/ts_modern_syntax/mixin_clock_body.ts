// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; the mixin's field initializer reads the clock when the class built from it is instantiated in the body, so `createdAt` changes every replay.
import { task, workflow } from "windmill-client";

type Ctor<T = object> = new (...args: any[]) => T;

function Timestamped<TBase extends Ctor>(Base: TBase) {
  return class extends Base {
    createdAt = Date.now();
  };
}

class Draft {
  constructor(public title = "untitled") {}
}

const StampedDraft = Timestamped(Draft);

const save = task(async (title: string, createdAt: number) => ({ title, createdAt }));

export const main = workflow(async (title: string) => {
  const d = new StampedDraft(title); // expect: WAC102
  return await save(d.title, d.createdAt);
});
