import * as wmill from "windmill-client";

export async function main(episode_id: string, transcript: string) {
  const s3 = await wmill.getResource("f/podcast/bucket");
  const key = `transcripts/${episode_id}.txt`;
  await wmill.writeS3File({ s3: key }, transcript, s3.resource_path);
  return { key, chars: transcript.length };
}
