// SDK: windmill-client 1.818.0 client.mjs: Firestore's Timestamp.now() reads the local clock; in the body each replay stamps another time.
import { Timestamp } from "firebase-admin/firestore";
import { task, workflow } from "windmill-client";

const applyUpdate = task(async (docPath: string, seconds: number) => ({ docPath, seconds }));

export const main = workflow(async (userId: string) => {
  const at = Timestamp.now(); // expect: WAC102
  return await applyUpdate(`users/${userId}`, at.seconds);
});
