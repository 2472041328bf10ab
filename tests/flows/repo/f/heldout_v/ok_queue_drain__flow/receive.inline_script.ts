import { ReceiveMessageCommand, SQSClient } from "@aws-sdk/client-sqs";

type Aws = { region: string; awsAccessKeyId: string; awsSecretAccessKey: string };

export async function main(aws: Aws, queue_url: string) {
  const sqs = new SQSClient({
    region: aws.region,
    credentials: { accessKeyId: aws.awsAccessKeyId, secretAccessKey: aws.awsSecretAccessKey },
  });
  const out = await sqs.send(
    new ReceiveMessageCommand({ QueueUrl: queue_url, MaxNumberOfMessages: 10, WaitTimeSeconds: 5 }),
  );
  const messages = (out.Messages ?? []).map((m) => ({ id: m.MessageId!, body: m.Body!, receipt: m.ReceiptHandle! }));
  return { messages };
}
