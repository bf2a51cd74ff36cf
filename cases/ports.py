"""What the cases app needs from the documents app, without importing it.

`cases` is the core (people, workspaces, seller accounts, cases, their workflow and
readiness); `documents` builds on it (uploads, invoices, checks, packets) and imports it,
never the other way round (ARCHITECTURE.md; `lint-imports` holds it in `make test`).
Where a case's rules or pages need documents (readiness reads the invoices' facts, an
approval is of a packet version, a re-application carries its documents over), they call
the functions of the provider the documents app registers when Django starts
(`DocumentsConfig.ready` → `documents/for_cases.py`), through `documents()`.
"""

from django.core.exceptions import ImproperlyConfigured

_provider = None


def provide(provider):
    global _provider
    _provider = provider


def documents():
    if _provider is None:
        raise ImproperlyConfigured(
            "The documents app provides cases.ports: add it to INSTALLED_APPS."
        )
    return _provider
