// SDK: windmill-client 1.818.0 client.mjs: each round loads the module again; a computed enum member reads the clock at load, so the deadline the body reads and sends to the task moves every replay (reported where the body reads it, like a module constant).
import { task, workflow } from "windmill-client";

enum Window {
  Hour = 3_600_000,
  Deadline = Date.now() + 24 * 3_600_000,
}

const remind = task(async (user: string, deadline: number) => ({ user, deadline }));

export const main = workflow(async (user: string) => {
  return await remind(user, Window.Deadline); // expect: WAC102
});
