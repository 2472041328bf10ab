from wmill import S3Object


def main(sql: "sql" = "select 1", email: "email" = "a@b.c", obj: S3Object = {"s3": "a/b"}):
    return sql
