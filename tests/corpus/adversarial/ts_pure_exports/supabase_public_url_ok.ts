// SDK: windmill-client 1.818.0 client.mjs: supabase-js's createClient makes no request, and storage `getPublicUrl` only builds a URL string; the upload itself runs in the task.
import { createClient } from "@supabase/supabase-js";
import { task, workflow } from "windmill-client";

const upload = task(async (url: string, key: string, bucket: string, path: string, text: string) => {
  const sb = createClient(url, key);
  const { error } = await sb.storage.from(bucket).upload(path, new Blob([text]), { upsert: true });
  if (error) throw new Error(error.message);
  return { path };
});

export const main = workflow(async (url: string, key: string, bucket: string, reportId: string, body: string) => {
  const saved = await upload(url, key, bucket, `reports/${reportId}.txt`, body);
  const sb = createClient(url, key);
  const { data } = sb.storage.from(bucket).getPublicUrl(saved.path);
  return { publicUrl: data.publicUrl };
});
