"""Pinned WAC101 messages for cloud / hosted-API clients and factory-built clients
(found by the adversarial `replay_io/` scripts)."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile


def wac101(code: str, language: str) -> list[tuple[int, str]]:
    name = "t.py" if language == LANG_PYTHON else "t.ts"
    result = analyze_source(SourceFile(name, code, language), select=["WAC101"])
    return [(f.row, f.message) for f in result.findings]


TAIL = " in the workflow body, which re-runs on every replay; move it into a task or a `step(...)`"


def test_llm_client_built_at_module_level() -> None:
    code = (
        "from openai import OpenAI\nfrom wmill import workflow\n\nllm = OpenAI()\n\n"
        "@workflow\nasync def main(q: str):\n"
        '    r = llm.chat.completions.create(model="m", messages=[])\n    return r.id\n'
    )
    assert wac101(code, LANG_PYTHON) == [
        (8, "`llm.chat.completions.create` calls a cloud or external API" + TAIL)
    ]


def test_a_chain_of_built_objects_is_one_finding() -> None:
    code = (
        'import boto3\nfrom wmill import workflow\n\ns3 = boto3.resource("s3")\n\n'
        '@workflow\nasync def main(p: str):\n    s3.Bucket("b").upload_file(p, "k")\n'
    )
    assert wac101(code, LANG_PYTHON) == [
        (8, '`s3.Bucket("b").upload_file` calls a cloud or external API' + TAIL)
    ]


def test_aws_command_object_is_not_io_its_send_is() -> None:
    code = (
        'import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";\n'
        'import { workflow } from "windmill-client";\n'
        "export const main = workflow(async (k: string) => {\n"
        "  const s3 = new S3Client({});\n"
        '  await s3.send(new PutObjectCommand({ Bucket: "b", Key: k }));\n});\n'
    )
    assert wac101(code, LANG_TYPESCRIPT) == [(5, "`s3.send` calls a cloud or external API" + TAIL)]


def test_client_from_a_create_factory_is_followed() -> None:
    code = (
        'import nodemailer from "nodemailer";\nimport { workflow } from "windmill-client";\n'
        'const mail = nodemailer.createTransport({ host: "smtp" });\n'
        "export const main = workflow(async (to: string) => {\n"
        '  await mail.sendMail({ to, subject: "x" });\n});\n'
    )
    assert wac101(code, LANG_TYPESCRIPT) == [(5, "`mail.sendMail` sends a notification" + TAIL)]


def test_hosted_api_client_constructed_in_the_body_is_not_io() -> None:
    code = (
        'import Stripe from "stripe";\nimport { task, workflow } from "windmill-client";\n'
        "const charge = task(async (c: string) => c);\n"
        "export const main = workflow(async (c: string) => {\n"
        '  const client = new Stripe("sk_test");\n'
        "  return await charge(c);\n});\n"
    )
    assert wac101(code, LANG_TYPESCRIPT) == []
