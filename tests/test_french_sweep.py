"""Every page a demo user reaches, rendered in French, holds no English sentence (issue 19).

Two detectors, neither of which a test can satisfy by changing the page it looks at:

- the catalogue: a sentence of locale/fr whose French differs from its English must not
  appear in English as a whole text of the page;
- English words: a text holding two English function words ("the", "your", "with"...), or
  one word of the product's English vocabulary ("invoice", "supplier"...), is English that
  never went through the catalogue.

Text typed by the people of the demo (company names, addresses, file names, notes) is not
ours to translate: the few such texts the fixtures hold are listed in USER_DATA.
"""

import re
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
from django.conf import settings

from tests.test_browser_accessibility import ROLES, case_in_review, every_page  # noqa: F401

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "fr" / "LC_MESSAGES" / "django.po"

# Words that are English and not French: two of them in one text make an English sentence.
# Words French shares ("a", "on", "or", "an", "as", "date", "type"...) are left out.
FUNCTION_WORDS = frozenset(
    """the and with your this is are has was were for not been will from which only when to
    of that you be have it by at there their what more does did into about can could
    should would must these those its who whose how why than then here them they our any
    each had yet""".split()  # noqa: SIM905
)
# Words of the product that French writes otherwise: one alone gives an English text away.
VOCABULARY = frozenset(
    """invoice invoices supplier suppliers seller sellers packet packets review reviewer
    reviewers added removed rendered approved submitted rejected uploaded upload checks
    passed failed warning skipped step steps account accounts letter evidence readiness
    found expected missing none yes save back next previous cancel delete edit show hide
    new open closed pending search waiting ready draft request requested changes
    settings""".split()  # noqa: SIM905
)
ATTRIBUTES = ("title", "placeholder", "aria-label", "alt", "value")
# Texts the demo's people typed (tests/conftest.py Tenants, tests/factories.py): names of
# companies and people, addresses, products and files are written as their owner wrote them.
USER_DATA = re.compile(
    r"\b(LLC|Inc|Ltd|Street|Suite|Avenue|Road|Lumina|Naturals|Northwind|Goods|Distribution"
    r"|Wholesale|Trading|Supply)\b"
    # Amazon's own product names, which Amazon does not translate either.
    r"|Seller Central|A-to-z Guarantee"
    r"|[\w.-]+\.(pdf|png|jpg|csv|zip)\b"
    r"|\S+@\S+",
)


class _VisibleText(HTMLParser):
    """The texts a reader sees or hears: text nodes outside script/style, and the
    attributes a screen reader or a tooltip speaks; button values too."""

    SILENT = {"script", "style", "template", "noscript"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts = []
        self._silent = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SILENT:
            self._silent += 1
        attrs = dict(attrs)
        for name in ATTRIBUTES:
            # A <button>'s value is sent, not shown; an <input type="submit">'s is its label.
            if name == "value" and (
                tag != "input" or attrs.get("type") not in ("submit", "button")
            ):
                continue
            if attrs.get(name):
                self.texts.append(attrs[name])

    def handle_endtag(self, tag):
        if tag in self.SILENT and self._silent:
            self._silent -= 1

    def handle_data(self, data):
        if not self._silent and data.strip():
            self.texts.append(data)


def visible_texts(html):
    parser = _VisibleText()
    parser.feed(html)
    # Runs of ordinary white space as one space; no-break spaces are kept, as printed.
    return [re.sub(r"[ \t\r\n]+", " ", text).strip() for text in parser.texts]


def catalogue_sentences():
    """English texts the catalogue translates into different French: {msgid}."""
    sentences = set()
    for entry in polib.pofile(str(CATALOGUE)):
        if entry.obsolete or "fuzzy" in entry.flags:
            continue
        forms = [(entry.msgid, entry.msgstr)]
        if entry.msgid_plural:
            forms = [(entry.msgid, entry.msgstr_plural.get(0, ""))] + [
                (entry.msgid_plural, entry.msgstr_plural.get(1, ""))
            ]
        for english, french in forms:
            english = " ".join(english.split())
            # Placeholders are filled on the page; a sentence of one word may be a name.
            if not french or french == english or "%" in english or "{" in english:
                continue
            if len(english.split()) >= 2:
                sentences.add(english)
    return sentences


WORD = re.compile(r"(?<![\w./@-])[A-Za-z]+(?:'[a-z]+)?(?![\w/@-]|\.\w)")


def english_in(text, sentences):
    """Why `text` reads as English, or None."""
    if text in sentences:
        return "in the catalogue"
    # The words of the people's own data are set aside; the rest of the text is judged.
    words = [word.lower() for word in WORD.findall(USER_DATA.sub(" ", text))]
    function_words = {word for word in words if word in FUNCTION_WORDS}
    if len(function_words) >= 2:
        return "English words " + ", ".join(sorted(function_words))
    vocabulary = [word for word in words if word in VOCABULARY]
    if vocabulary:
        return "English word " + vocabulary[0]
    return None


def english_left(html, sentences):
    return [
        (text, reason)
        for text in visible_texts(html)
        if (reason := english_in(text, sentences)) is not None
    ]


def test_the_detector_finds_an_english_sentence_and_spares_french():
    sentences = {"Save and continue"}
    page = """<html><head><title>Dossiers</title><script>var the = "and with";</script>
      <style>.the-and{}</style></head><body>
      <h1>Dossier de Alpha One LLC</h1>
      <p>Enregistrez <strong>avant</strong> de quitter la page.</p>
      <button>Save and continue</button>
      <p>This invoice is older than the notice.</p>
      <input type="text" placeholder="Search your cases">
      <a href="#" aria-label="Back">x</a>
      <span title="Facture">invoice-march.pdf</span>
      <p>Ouvrez Seller Central, puis écrivez à seller@alpha.test.</p>
      <p>Open Seller Central and find the report.</p>
      </body></html>"""

    found = dict(english_left(page, sentences))

    assert found == {
        "Save and continue": "in the catalogue",
        "This invoice is older than the notice.": "English words is, than, the, this",
        "Search your cases": "English word search",
        "Back": "English word back",
        "Open Seller Central and find the report.": "English words and, the",
    }


def test_the_catalogue_holds_its_french_sentences():
    # The sweep reads the catalogue: an empty one would let every page through.
    sentences = catalogue_sentences()
    assert len(sentences) > 500
    assert "Forgot your password?" in sentences


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_no_english_sentence_on_any_page_in_french(client, tenants, every_page, role):  # noqa: F811
    sentences = catalogue_sentences()
    client.force_login(getattr(tenants, role))
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "fr"
    left = {}
    for url in every_page[role]:
        response = client.get(url)
        assert response.status_code == 200, (role, url, response.status_code)
        found = english_left(response.content.decode(), sentences)
        if found:
            left[url] = found
    assert left == {}, "\n".join(
        f"{url}: {text!r} ({reason})" for url, found in left.items() for text, reason in found
    )


@pytest.mark.django_db
def test_no_english_sentence_on_the_pages_before_logging_in(client):
    from django.urls import reverse

    sentences = catalogue_sentences()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "fr"
    left = {}
    for name in ("login", "signup", "password_reset"):
        url = reverse(name)
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        found = english_left(response.content.decode(), sentences)
        if found:
            left[url] = found
    assert left == {}


def test_check_messages_written_by_an_english_worker_are_read_in_french():
    from django.utils import translation

    from documents.engine import Reference, check_invoice_file
    from documents.selectors import document_checks

    with translation.override("en"):
        report = check_invoice_file(
            b"plain text, not an invoice",
            name="notes.txt",
            reference=Reference(business_name="Alpha One LLC"),
            languages=["en", "fr"],
        )
    results = {code: result.as_dict() for code, result in report.checks.items()}
    english = results["readable"]["message"]
    with translation.override("en"):
        shown_in_english = document_checks(results).problems[0].message
    with translation.override("fr"):
        checks = document_checks(results)
    french = checks.problems[0].message

    assert shown_in_english == english
    assert french != english
    assert english_in(french, catalogue_sentences()) is None
    assert all(
        row.message == str(results[row.code]["translations"]["fr"]["message"])
        for row in checks.passed
    )


@pytest.mark.django_db
def test_the_history_names_steps_and_fields_in_french(client, tenants):
    from django.urls import reverse

    from cases.services.cases import record_edit
    from tests.factories import make_case

    case = make_case(tenants.a1, by=tenants.consultant_a)
    record_edit(case=case, by=tenants.consultant_a, step="cover_letter", changed=["cover_letter"])
    record_edit(
        case=case,
        by=tenants.consultant_a,
        step="business",
        changed=["business details confirmed"],
    )
    client.force_login(tenants.consultant_a)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "fr"

    texts = visible_texts(client.get(reverse("case_detail", args=[case.pk])).content.decode())

    assert "Étape «\u202fLettre de présentation\u202f» modifiée" in texts
    assert not any("cover_letter" in t for t in texts)
    assert "lettre de présentation" in texts
    assert "informations de l'entreprise confirmées" in texts


@pytest.mark.django_db
def test_the_client_page_names_the_country_and_the_figures_in_french(client, tenants):
    from django.urls import reverse

    from tests.factories import HealthSnapshotFactory, days_ago

    HealthSnapshotFactory(seller_account=tenants.a1, date=days_ago(3))
    client.force_login(tenants.seller_a)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "fr"

    page = client.get(reverse("seller_account_detail", args=[tenants.a1.pk])).content.decode()
    texts = visible_texts(page)

    assert tenants.a1.country == "US"
    assert "États-Unis" in texts
    # Percentages as French writes them, no "2.5 %" nor "2.5%".
    assert not any(re.search(r"\d\.\d\s?%", text) for text in texts)
    assert any(re.search(r"\d,\d\u202f%", text) for text in texts)


def test_the_server_error_page_is_in_french_too():
    from django.template.loader import get_template
    from django.utils import translation

    with translation.override("fr"):
        page = get_template("500.html").render()

    assert 'lang="fr"' in page
    assert english_left(page, catalogue_sentences()) == []
