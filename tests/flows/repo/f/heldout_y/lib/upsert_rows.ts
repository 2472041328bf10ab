type Postgresql = { host: string; port: number; user: string; password: string; dbname: string };

export async function main(db: Postgresql, table: string, rows: object[], batch_size: number = 500) {
  let written = 0;
  for (let i = 0; i < rows.length; i += batch_size) {
    written += rows.slice(i, i + batch_size).length;
  }
  return { table, written };
}
