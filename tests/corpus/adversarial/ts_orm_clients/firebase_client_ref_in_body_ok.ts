// SDK: windmill-client 1.818.0 client.mjs: doc() / collection() build references locally; the write runs inside a task.
import { initializeApp } from "firebase/app";
import { collection, doc, getFirestore, setDoc } from "firebase/firestore";
import { task, workflow } from "windmill-client";

const db = getFirestore(initializeApp({ projectId: "demo" }));

const save = task(async (path: string, summary: string) => {
  await setDoc(doc(db, path), { summary });
  return path;
});

export const main = workflow(async (id: string, text: string) => {
  const ref = doc(collection(db, "summaries"), id);
  return await save(ref.path, text.slice(0, 50));
});
