// SDK: windmill-client 1.818.0 client.mjs: lodash's forEach ignores what its callback returns; the async callback's task calls are never awaited by the body, so it returns before they are dispatched and recorded.
import _ from "lodash";
import { task, workflow } from "windmill-client";

const deactivate = task(async (userId: string) => ({ userId, active: false }));

export const main = workflow(async (userIds: string[]) => {
  _.forEach(userIds, async (id) => { // expect: WAC106
    await deactivate(id);
  });
  return { requested: userIds.length };
});
