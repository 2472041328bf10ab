import { TextractClient, AnalyzeExpenseCommand } from "npm:@aws-sdk/client-textract@3";

type S3 = { bucket: string; region: string };
type Aws = { region: string; accessKeyId: string; secretAccessKey: string };

export default async function main(bucket: S3, key: string, textract: Aws) {
  const client = new TextractClient({
    region: textract.region,
    credentials: { accessKeyId: textract.accessKeyId, secretAccessKey: textract.secretAccessKey },
  });
  const out = await client.send(
    new AnalyzeExpenseCommand({ Document: { S3Object: { Bucket: bucket.bucket, Name: key } } }),
  );
  const fields = out.ExpenseDocuments?.[0]?.SummaryFields ?? [];
  const get = (t: string) => fields.find((f) => f.Type?.Text === t)?.ValueDetection?.Text ?? null;
  const total = get("TOTAL");
  return {
    supplier: get("VENDOR_NAME"),
    invoice_no: get("INVOICE_RECEIPT_ID"),
    amount_cents: total ? Math.round(parseFloat(total.replace(/[^0-9.]/g, "")) * 100) : null,
  };
}
