import { Mailer } from "./mailer.ts";

export const mailerFor = (endpoint: string) => new Mailer(endpoint);

export function defaultMailer(): Mailer {
  return new Mailer("https://mail.example.com/send");
}

export async function main(endpoint: string) {
  return mailerFor(endpoint).format("x");
}
