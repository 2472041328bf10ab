import * as wmill from "windmill-client";

export async function main(
  db: RT.Postgresql,
  stripe: RT.Stripe,
  maybe?: RT.Slack,
  list: RT.Postgresql[] = [],
  s3: wmill.S3Object,
  s3b?: S3Object,
) {
  return db;
}
