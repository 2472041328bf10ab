# SDK: wmill 1.850.0 client.py workflow(): a LangChain chat model's invoke() is an API request; in the body it repeats on every replay.
from langchain_openai import ChatOpenAI

from wmill import task, workflow


@task()
async def fetch_doc(doc_id: str) -> str:
    return "long text"


@workflow
async def main(doc_id: str):
    llm = ChatOpenAI(model="gpt-4o-mini", temperature=0)
    text = await fetch_doc(doc_id)
    summary = llm.invoke(f"Summarise: {text}").content  # expect: WAC101
    return {"doc": doc_id, "summary": summary}
