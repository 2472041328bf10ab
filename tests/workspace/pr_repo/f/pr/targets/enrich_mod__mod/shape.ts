export function shape(id: number, fields: string[]) {
  return { id, fields };
}
