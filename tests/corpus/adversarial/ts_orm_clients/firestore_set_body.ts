// SDK: windmill-client 1.818.0 client.mjs: the body replays; a Firestore document write in the body is repeated.
import admin from "firebase-admin";
import { task, workflow } from "windmill-client";

admin.initializeApp();
const db = admin.firestore();

const summarize = task(async (text: string) => text.slice(0, 80));

export const main = workflow(async (docId: string, text: string) => {
  const summary = await summarize(text);
  await db.collection("summaries").doc(docId).set({ summary }); // expect: WAC101
  return summary;
});
