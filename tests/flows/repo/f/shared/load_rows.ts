export async function main(db: Postgresql, table: string, limit = 100) {
  return [{ table, limit, db: typeof db }];
}
