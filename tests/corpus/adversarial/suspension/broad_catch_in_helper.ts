// SDK: windmill-client 1.818.0 client.mjs: a helper awaited by the workflow body runs in the body; its catch receives the task's StepSuspend.
import { task, workflow } from "windmill-client";

async function orNull<T>(p: PromiseLike<T>): Promise<T | null> {
  try {
    return await p;
  } catch {
    return null;
  }
}

const fetchAvatar = task(async (userId: string) => {
  const res = await fetch(`https://avatars.example.com/api/${userId}`);
  return ((await res.json()) as { url: string }).url;
});

export const main = workflow(async (userIds: string[]) => {
  const avatars: Record<string, string | null> = {};
  for (const id of userIds) {
    avatars[id] = await orNull(fetchAvatar(id)); // expect: WAC202
  }
  return avatars;
});
