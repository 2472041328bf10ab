type Postgresql = { host: string; port: number };
type CMyApi = { token: string };

export async function main(db: Postgresql, api: CMyApi, pg: RT.Postgresql, s3: wmill.S3Object) {
  return db;
}
