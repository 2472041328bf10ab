import { shape } from "./shape.ts";

export async function main(record_id: number, fields: string[] = []) {
  return shape(record_id, fields);
}
