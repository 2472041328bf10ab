import * as wmill from "windmill-client";
import { S3Object } from "windmill-client";
import type { S3Object as S3 } from "windmill-client";

export async function main(
  a: wmill.S3Object,
  b?: S3Object,
  c: S3Object[] = [],
  d: S3,
  e: { file: S3Object; files: S3Object[] },
  f: S3Object = { s3: "path/to/file.csv" },
) {
  return a;
}
