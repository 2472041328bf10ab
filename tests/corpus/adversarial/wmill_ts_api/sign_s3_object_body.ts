// SDK: windmill-client 1.818.0 client.mjs signS3Object(): a HelpersService request; the signature differs on each replay.
import { signS3Object, task, workflow } from "windmill-client";

const email = task(async (to: string, link: string) => ({ to, link }));

export const main = workflow(async (to: string, key: string) => {
  const signed = await signS3Object({ s3: key }); // expect: WAC101
  return await email(to, signed.s3);
});
