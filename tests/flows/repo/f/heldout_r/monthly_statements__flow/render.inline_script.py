from jinja2 import Template


def main(account: dict, template: str, file_name: str = "statement.html"):
    html = Template(template).render(account=account, results=[], total=0)
    path = f"/tmp/{account['id']}-{file_name}"
    with open(path, "w") as f:
        f.write(html)
    return {"path": path, "account": account["id"]}
