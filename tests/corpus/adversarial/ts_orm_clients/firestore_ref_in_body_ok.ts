// SDK: windmill-client 1.818.0 client.mjs: collection()/doc() build references in memory; the write happens inside a task.
import admin from "firebase-admin";
import { task, workflow } from "windmill-client";

admin.initializeApp();
const db = admin.firestore();

const summarize = task(async (text: string) => text.slice(0, 80));
const save = task(async (path: string, summary: string) => {
  await db.doc(path).set({ summary });
  return path;
});

export const main = workflow(async (docId: string, text: string) => {
  const summary = await summarize(text);
  const ref = db.collection("summaries").doc(docId);
  return await save(ref.path, summary);
});
