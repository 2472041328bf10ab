class Store {
  constructor(private base: string) {}

  // named like a database driver's method; what it does is an HTTP request
  async query(sql: string): Promise<unknown> {
    return await (await fetch(`${this.base}/sql`, { method: "POST", body: sql })).json();
  }

  // named like one too, and does nothing outside
  execute(sql: string): string {
    return sql.trim();
  }
}

export const db = new Store("https://store.example.com");

export async function main() {
  return db.execute(" select 1 ");
}
