// SDK: windmill-client 1.818.0 client.mjs: the body replays after each task; an SES send through @aws-sdk in the body sends once per replay.
import { SESClient, SendEmailCommand } from "@aws-sdk/client-ses";
import { task, workflow } from "windmill-client";

const ses = new SESClient({ region: "eu-west-1" });

const buildReceipt = task(async (orderId: string) => ({ to: "buyer@example.com", body: `Receipt ${orderId}` }));

export const main = workflow(async (orderId: string) => {
  const receipt = await buildReceipt(orderId);
  await ses.send( // expect: WAC101
    new SendEmailCommand({
      Source: "shop@example.com",
      Destination: { ToAddresses: [receipt.to] },
      Message: { Subject: { Data: "Receipt" }, Body: { Text: { Data: receipt.body } } },
    }),
  );
  return receipt;
});
