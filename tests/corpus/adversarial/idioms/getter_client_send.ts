// SDK: windmill-client 1.818.0 client.mjs `workflow`: the body replays after each suspension; the getter `mailer.transport` builds a nodemailer transport and `sendMail` sends through it each round.
import nodemailer from "nodemailer";
import { task, workflow } from "windmill-client";

class Mailer {
  constructor(private readonly smtpUrl: string) {}

  get transport() {
    return nodemailer.createTransport(this.smtpUrl);
  }

  async send(to: string, subject: string, text: string) {
    const info = await this.transport.sendMail({ from: "billing@example.com", to, subject, text });
    return info.messageId as string;
  }
}

const renderInvoice = task(async function renderInvoice(invoiceId: string) {
  return `Invoice ${invoiceId} is ready.`;
});

export const main = workflow(async (invoiceId: string, to: string, smtpUrl: string) => {
  const text = await renderInvoice(invoiceId);
  const mailer = new Mailer(smtpUrl);
  return await mailer.send(to, "Your invoice", text); // expect: WAC101
});
