"""Library clients built once and shared by the workspace's scripts."""

import boto3
import requests

s3 = boto3.client("s3")
session = requests.Session()
fetch = requests.get


def main():
    return "clients"
