// SDK: windmill-client 1.818.0 client.mjs: Firestore's FieldValue.increment / arrayUnion and Timestamp.fromDate of an input build values in memory (the server stamps serverTimestamp); the write is in the task.
import { FieldValue, Timestamp, getFirestore } from "firebase-admin/firestore";
import { task, workflow } from "windmill-client";

const applyUpdate = task(async (docPath: string, patch: Record<string, unknown>) => {
  await getFirestore().doc(docPath).set(patch, { merge: true });
  return { docPath };
});

export const main = workflow(async (userId: string, tag: string, seenAt: string) => {
  const patch = {
    visits: FieldValue.increment(1),
    tags: FieldValue.arrayUnion(tag),
    lastSeen: Timestamp.fromDate(new Date(seenAt)),
    updatedAt: FieldValue.serverTimestamp(),
  };
  return await applyUpdate(`users/${userId}`, patch);
});
