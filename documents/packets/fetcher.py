"""The only door WeasyPrint has to files: our static files and this case's documents.

Deny by default. It never hands a URL to WeasyPrint's own fetcher (advisories bypassed
fetchers that checked a URL and then delegated: redirects, attachments), opens no network
connection and follows no redirect. A missing internal resource stops the render, so a
packet never silently lacks an invoice.
"""

import mimetypes
from pathlib import Path

from django.conf import settings
from weasyprint.urls import FatalURLFetchingError, URLFetcher, URLFetcherResponse

STATIC_SCHEME = "packet-static"
IMAGE_SCHEME = "packet-image"


class RefusedURL(ValueError):
    """WeasyPrint logs it and leaves the resource out; the render goes on."""


class PacketFetcher(URLFetcher):
    def __init__(self, images=None):
        super().__init__(allowed_protocols=[STATIC_SCHEME, IMAGE_SCHEME], allow_redirects=False)
        # name → (bytes, content type): images prepared for this packet only.
        self.images = images or {}
        self.static_root = (Path(settings.BASE_DIR) / "static").resolve()

    def fetch(self, url, headers=None):
        scheme, _, rest = url.partition(":")
        if scheme == STATIC_SCHEME:
            return self._static(url, rest.lstrip("/"))
        if scheme == IMAGE_SCHEME:
            return self._image(url, rest.lstrip("/"))
        raise RefusedURL(f"Packets load nothing from {scheme or 'this address'}: {url[:80]}")

    def _static(self, url, relative):
        path = (self.static_root / relative).resolve()
        if self.static_root not in path.parents or not path.is_file():
            raise FatalURLFetchingError(f"Missing static file for the packet: {relative}")
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return URLFetcherResponse(
            url, body=path.read_bytes(), headers={"Content-Type": content_type}
        )

    def _image(self, url, name):
        if name not in self.images:
            raise FatalURLFetchingError(f"Missing image for the packet: {name}")
        data, content_type = self.images[name]
        return URLFetcherResponse(url, body=data, headers={"Content-Type": content_type})
