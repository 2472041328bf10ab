import wmill


def main(acts: list, title: str):
    lines = [title, ""] + [f"{i + 1}. {a['class']} - {a['song']}" for i, a in enumerate(acts)]
    path = "recitals/programme.txt"
    wmill.write_s3_file(wmill.S3Object(s3=path), "\n".join(lines).encode())
    return {"url": f"s3://{path}", "acts": len(acts)}
