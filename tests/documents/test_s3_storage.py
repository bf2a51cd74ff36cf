"""Uploads and their checks through an S3-compatible store (moto's server on loopback):
workers read files through the storage API, never from a local path."""

import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from documents.models import CaseDocument
from tests.documents.packet_samples import invoice_pdf
from tests.factories import make_case

BUCKET = "ungating-test"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def s3_endpoint():
    port = free_port()
    server = Path(sys.executable).with_name("moto_server")
    process = subprocess.Popen(
        [str(server), "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.2)
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def s3(settings, s3_endpoint):
    import boto3

    options = {
        "bucket_name": BUCKET,
        "endpoint_url": s3_endpoint,
        "region_name": "us-east-1",
        "access_key": "test",
        "secret_key": "test",  # noqa: S105 (moto accepts any key)
        "default_acl": "private",
        "querystring_auth": True,
    }
    client = boto3.client(
        "s3",
        endpoint_url=s3_endpoint,
        region_name="us-east-1",
        aws_access_key_id="test",
        aws_secret_access_key="test",  # noqa: S106
    )
    client.create_bucket(Bucket=BUCKET)
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options},
    }
    return client


def test_an_upload_round_trips_through_s3_and_is_checked(
    s3, client, tenants, settings, django_capture_on_commit_callbacks
):
    case = make_case(tenants.a1, by=tenants.consultant_a)
    client.force_login(tenants.consultant_a)
    data = invoice_pdf()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("document_upload", args=[case.pk]),
            {"file": SimpleUploadedFile("may.pdf", data), "purpose": "invoice"},
        )
    use = CaseDocument.objects.get(case=case)
    stored = s3.get_object(Bucket=BUCKET, Key=use.document.file.name)["Body"].read()
    assert stored == data
    assert not (Path(settings.MEDIA_ROOT) / use.document.file.name).exists()
    assert use.status == "done" and use.check_runs.exists()
    response = client.get(reverse("document_download", args=[use.pk]))
    assert b"".join(response.streaming_content) == data
