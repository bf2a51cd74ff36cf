"""Pages a French-speaking user sees are in French (locale/fr)."""

import html

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse


def text(response):
    """The page as a reader sees it: HTML entities such as &#x27; decoded."""
    return html.unescape(response.content.decode())


@pytest.fixture
def consultant_fr(client, tenants):
    client.force_login(tenants.consultant_a)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "fr"
    return client


@pytest.mark.django_db
def test_login_page_follows_accept_language(client):
    response = client.get(reverse("login"), HTTP_ACCEPT_LANGUAGE="fr")

    assert response.status_code == 200
    page = text(response)
    assert '<html lang="fr"' in page or 'lang="fr"' in page
    assert "Se connecter" in page
    assert "Mot de passe oublié\u202f?" in page
    assert "Créer un espace de travail" in page
    assert "Forgot your password?" not in page


@pytest.mark.django_db
def test_login_page_stays_in_english_by_default(client):
    page = text(client.get(reverse("login")))

    assert "Forgot your password?" in page
    assert "Mot de passe oublié\u202f?" not in page


def test_home_shows_french_navigation(consultant_fr):
    response = consultant_fr.get(reverse("home"))

    assert response.status_code == 200
    page = text(response)
    for label in ("Accueil", "Dossiers", "Comptes vendeurs", "Fournisseurs", "Se déconnecter"):
        assert label in page
    assert "Ajouter un compte vendeur" in page
    assert "Nouveau dossier" in page
    assert "En tant que consultant, vous préparez les dossiers de chaque client" in page
    assert "2 comptes vendeurs" in page


def test_case_list_is_in_french(consultant_fr):
    response = consultant_fr.get(reverse("case_list"))

    assert response.status_code == 200
    page = text(response)
    assert "Dossiers" in page
    assert "Filtres" in page
    assert "Compte vendeur" in page
    assert "Aucun dossier ne correspond." in page
    assert "No case matches." not in page
    # The filters' menus, whose words are kept per language for the process.
    assert ">Échéance sous 48 heures</option>" in page and ">Tous</option>" in page
    assert "Due within 48 hours" not in page


def test_the_filters_menus_follow_each_readers_language(consultant_fr, tenants):
    colleague = Client()
    colleague.force_login(tenants.reviewer_a)
    for _ in range(2):  # one after the other, in the same process
        english = colleague.get(reverse("case_list")).content.decode()
        french = consultant_fr.get(reverse("case_list")).content.decode()
        assert ">Due within 48 hours</option>" in english and ">All</option>" in english
        assert ">Échéance sous 48 heures</option>" in french and ">Tous</option>" in french


def test_form_error_is_in_french(consultant_fr):
    response = consultant_fr.post(
        reverse("seller_account_create"),
        {
            "legal_name": "Société Exemple SARL",
            "address_line1": "12 rue de la Paix",
            "city": "Paris",
            "postal_code": "75002",
            "country": "FR",
            "phone": "12345",
            "merchant_token": "A2EUQ1WTGCTBG2",
            "marketplaces": ["amazon.fr"],
        },
    )

    assert response.status_code == 200
    page = text(response)
    assert "Ce numéro de téléphone n'est pas valide pour ce pays." in page
    assert "not a valid phone number" not in page


@pytest.mark.django_db
def test_history_written_by_an_english_user_reads_in_french(consultant_fr, tenants, monkeypatch):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.utils import translation

    from cases.models import CaseEvent
    from documents.services import attach_upload, detach
    from tests.documents.packet_samples import invoice_pdf
    from tests.factories import make_case

    monkeypatch.setattr("documents.services.enqueue_check", lambda pk: None)
    case = make_case(tenants.a1, by=tenants.seller_a)
    with translation.override("en"):  # the seller works in English
        use = attach_upload(
            case=case,
            uploaded=SimpleUploadedFile("facture-mai.pdf", invoice_pdf()),
            purpose="invoice",
            by=tenants.seller_a,
        )
        detach(use=use, by=tenants.seller_a)
    added, removed = CaseEvent.objects.filter(case=case, action="documents").order_by("pk")
    assert added.note == "Added Invoice: facture-mai.pdf"  # as written, for the record

    page = text(consultant_fr.get(reverse("case_detail", args=[case.pk])))
    assert added.translations["fr"] in page and removed.translations["fr"] in page
    assert "Added Invoice" not in page and "Removed facture-mai.pdf" not in page
    assert "facture-mai.pdf" in added.translations["fr"]
