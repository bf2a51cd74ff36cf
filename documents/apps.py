from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    name = "documents"
    verbose_name = _("Documents and invoices")

    def ready(self):
        # The cases app reaches documents only through this provider (cases/ports.py).
        from cases import ports

        from . import for_cases

        ports.provide(for_cases)
