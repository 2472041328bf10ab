// SDK: windmill-client 1.818.0 client.mjs getPresignedS3PublicUrl(): asks the API to sign the objects (HelpersService request).
import * as wmill from "windmill-client";
import { task, workflow } from "windmill-client";

const render = task(async (id: string) => ({ s3: `reports/${id}.pdf` }));
const mail = task(async (to: string, url: string) => ({ to, url }));

export const main = workflow(async (id: string, to: string) => {
  const file = await render(id);
  const url = await wmill.getPresignedS3PublicUrl(file, { expirySecs: 3600 }); // expect: WAC101
  return await mail(to, url);
});
