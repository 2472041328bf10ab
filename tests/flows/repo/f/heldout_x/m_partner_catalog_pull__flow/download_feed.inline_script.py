import io

import paramiko


def main(sftp: dict, remote_path: str):
    transport = paramiko.Transport((sftp["host"], int(sftp.get("port", 22))))
    transport.connect(username=sftp["username"], password=sftp["password"])
    client = paramiko.SFTPClient.from_transport(transport)
    buf = io.BytesIO()
    client.getfo(remote_path, buf)
    client.close()
    transport.close()
    return {"content": buf.getvalue().decode("utf-8"), "size": buf.tell()}
