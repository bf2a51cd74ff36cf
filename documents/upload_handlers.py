"""Caps the size of uploaded files while the body streams in.

Django caps only non-file data (DATA_UPLOAD_MAX_MEMORY_SIZE) and gunicorn caps nothing,
so this handler counts the bytes of each file as they arrive and stops the upload past
UPLOAD_MAX_BYTES; the view then answers with a clear message. Nothing is kept.
"""

from django.conf import settings
from django.core.files.uploadhandler import FileUploadHandler, StopUpload


class SizeLimitUploadHandler(FileUploadHandler):
    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self.received = 0

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received > settings.UPLOAD_MAX_BYTES:
            self.request.upload_too_large = True
            # Keep reading the body (connection_reset=False) so the browser gets our page.
            raise StopUpload(connection_reset=False)
        return raw_data

    def file_complete(self, file_size):
        return None
