// SDK: windmill-client 1.818.0 client.mjs: the body replays; the Firebase web SDK's setDoc writes the document on every replay.
import { initializeApp } from "firebase/app";
import { doc, getFirestore, setDoc } from "firebase/firestore";
import { task, workflow } from "windmill-client";

const db = getFirestore(initializeApp({ projectId: "demo" }));

const summarize = task(async (text: string) => text.slice(0, 50));

export const main = workflow(async (id: string, text: string) => {
  const summary = await summarize(text);
  await setDoc(doc(db, "summaries", id), { summary }); // expect: WAC101
  return summary;
});
