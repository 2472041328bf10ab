// SDK: windmill-client 1.818.0 task(): the archive is built and uploaded inside one task (its own job); archiveName (f/kit/shell.ts) is pure.
import { task, workflow } from "windmill-client";
import { archiveCampaign, archiveName } from "../kit/shell.ts";

const archiveAndUpload = task(async function archiveAndUpload(dir: string, bucket: string) {
  const local = await archiveCampaign(dir);
  const r = await fetch(`https://storage.internal/${bucket}`, { method: "PUT", body: Bun.file(local) });
  return r.ok;
});

export const main = workflow(async (campaign: string, dir: string, bucket = "campaign-archive") => {
  const name = archiveName(campaign);
  const uploaded = await archiveAndUpload(dir, bucket);
  return { name, uploaded };
});
