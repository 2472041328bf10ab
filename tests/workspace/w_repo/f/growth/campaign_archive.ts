// SDK: windmill-client 1.818.0 workflow(): body code re-runs per replay; archiveCampaign (f/kit/shell.ts) runs `tar` through Bun's $.
import { task, workflow } from "windmill-client";
import { archiveCampaign, archiveName } from "../kit/shell.ts";

const uploadArchive = task(async function uploadArchive(path: string, bucket: string) {
  const r = await fetch(`https://storage.internal/${bucket}`, { method: "PUT", body: Bun.file(path) });
  return r.ok;
});

export const main = workflow(async (campaign: string, dir: string, bucket = "campaign-archive") => {
  const name = archiveName(campaign);
  const local = await archiveCampaign(dir); // expect: WAC101
  const uploaded = await uploadArchive(local, bucket);
  return { name, uploaded };
});
