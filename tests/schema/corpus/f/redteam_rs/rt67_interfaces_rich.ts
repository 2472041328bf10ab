import * as wmill from "windmill-client";

interface Attachment {
  file: wmill.S3Object;
  name?: string;
}

type Priority = "low" | "high";

interface Ticket {
  title: string;
  kind: "bug" | "feature";
  priority?: Priority;
  due?: Date;
  meta: Record<string, any>;
  attachments: Attachment[];
  score: number;
  flags: { urgent: boolean; internal?: boolean };
  tags: string[];
  nested: { deeper: { deepest: number[] } };
  db?: RT.Postgresql;
}

export async function main(ticket: Ticket, tickets: Ticket[] = [], extra?: Ticket) {
  return ticket;
}
