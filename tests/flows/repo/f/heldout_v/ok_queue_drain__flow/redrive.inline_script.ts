import { DeleteMessageBatchCommand, SendMessageBatchCommand, SQSClient } from "@aws-sdk/client-sqs";

type Aws = { region: string; awsAccessKeyId: string; awsSecretAccessKey: string };
type Message = { id: string; body: string; receipt: string };

export async function main(aws: Aws, target_url: string, dlq_url: string, messages: Message[], moved_so_far: number) {
  const sqs = new SQSClient({
    region: aws.region,
    credentials: { accessKeyId: aws.awsAccessKeyId, secretAccessKey: aws.awsSecretAccessKey },
  });
  await sqs.send(
    new SendMessageBatchCommand({
      QueueUrl: target_url,
      Entries: messages.map((m) => ({ Id: m.id, MessageBody: m.body })),
    }),
  );
  await sqs.send(
    new DeleteMessageBatchCommand({
      QueueUrl: dlq_url,
      Entries: messages.map((m) => ({ Id: m.id, ReceiptHandle: m.receipt })),
    }),
  );
  return { moved: messages.length, moved_total: moved_so_far + messages.length };
}
