"""Figures, dates and punctuation as each language writes them (issue 19, cases/formatting.py)."""

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from django.template import Context, Template
from django.utils import translation

from cases import formatting
from cases.health import METRICS

NBSP, NNBSP = "\u00a0", "\u202f"
ODR = next(metric for metric in METRICS if metric.field == "order_defect_rate")


def in_language(language, function, *args):
    with translation.override(language):
        return function(*args)


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "2.5%"), ("fr", f"2,5{NNBSP}%")],
)
def test_a_percentage_is_written_as_the_language_writes_it(language, expected):
    assert in_language(language, formatting.percent, Decimal("2.50")) == expected


def test_a_health_figure_keeps_its_unit_in_each_language():
    assert in_language("en", formatting.with_unit, Decimal("98.25"), " %") == "98.25%"
    assert in_language("fr", formatting.with_unit, Decimal("98.25"), " %") == f"98,25{NNBSP}%"
    assert in_language("fr", formatting.with_unit, Decimal("12.5"), " h") == f"12,5{NBSP}h"


def test_large_numbers_group_their_thousands_per_language():
    assert in_language("en", formatting.number, Decimal("1234.5")) == "1,234.5"
    assert in_language("fr", formatting.number, Decimal("1234.5")) == f"1{NNBSP}234,5"
    assert in_language("fr", formatting.number, None) == "–"


def test_a_health_target_reads_like_its_figures():
    assert in_language("en", lambda: str(ODR.target)) == f"<{NBSP}1%"
    assert in_language("fr", lambda: str(ODR.target)) == f"<{NBSP}1{NNBSP}%"


def test_dates_follow_the_language():
    day = date(2026, 3, 4)
    assert in_language("en", formatting.long_date, day) == "March 4, 2026"
    assert in_language("fr", formatting.long_date, day) == "4 mars 2026"
    assert in_language("en", formatting.short_date, day) == "03/04/2026"
    assert in_language("fr", formatting.short_date, day) == "04/03/2026"
    assert in_language("fr", formatting.long_date, None) == "–"


def test_a_moment_is_shown_in_the_readers_time_zone(settings):
    settings.TIME_ZONE = "Europe/Paris"
    moment = datetime(2026, 3, 4, 16, 5, tzinfo=UTC)
    assert in_language("fr", formatting.date_time, moment) == "4 mars 2026 17:05"


def test_french_puts_its_spaces_before_high_punctuation():
    text = "Demande de déblocage: CeraVe; prête? oui! « citation »"
    assert in_language("fr", formatting.typography, text) == (
        f"Demande de déblocage{NBSP}: CeraVe{NNBSP}; prête{NNBSP}? oui{NNBSP}! "
        f"«{NNBSP}citation{NNBSP}»"
    )


def test_typography_leaves_addresses_times_and_english_alone():
    text = "Voir https://sellercentral.amazon.fr à 12:30"
    assert in_language("fr", formatting.typography, text) == text
    assert in_language("en", formatting.typography, "Ungating request: CeraVe") == (
        "Ungating request: CeraVe"
    )


def test_a_label_and_its_value_are_joined_per_language():
    assert in_language("en", formatting.labelled, "Ungating request", "CeraVe") == (
        "Ungating request: CeraVe"
    )
    assert in_language("fr", formatting.labelled, "Demande de déblocage", "CeraVe") == (
        f"Demande de déblocage{NBSP}: CeraVe"
    )


def test_template_filters_format_in_the_active_language():
    template = Template(
        "{% load figures %}{{ rate|percent }} · {{ day|long_date }} · Taux{% colon %} x"
    )
    context = Context({"rate": Decimal("2.5"), "day": date(2026, 3, 4)})
    with translation.override("fr"):
        assert template.render(context) == f"2,5{NNBSP}% · 4 mars 2026 · Taux{NBSP}: x"
    with translation.override("en"):
        assert template.render(context) == "2.5% · March 4, 2026 · Taux: x"


@pytest.mark.django_db
def test_the_account_page_shows_health_figures_in_french(client, tenants):
    from django.conf import settings
    from django.urls import reverse

    from tests.factories import HealthSnapshotFactory, days_ago

    HealthSnapshotFactory(
        seller_account=tenants.a1, date=days_ago(3), order_defect_rate=Decimal("2.5")
    )
    client.force_login(tenants.consultant_a)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "fr"
    page = client.get(reverse("seller_account_detail", args=[tenants.a1.pk])).content.decode()
    assert f"2,5{NNBSP}%" in page
    assert "2.5 %" not in page and "2.50 %" not in page


def test_moments_say_relative_and_exact_times_in_the_readers_language():
    from datetime import timedelta

    from django.utils import timezone, translation

    from cases.formatting import Moments

    now = timezone.now()
    with translation.override("fr"):
        moments = Moments(now)
        assert moments.ago(now - timedelta(days=2, hours=3)) == "il y a 2\xa0jours, 3\xa0heures"
        assert moments.left(now + timedelta(hours=23, minutes=5)) == (
            "dans 23\xa0heures, 5\xa0minutes"
        )
        assert moments.late(now - timedelta(days=1)).startswith("en retard de 1\xa0jour")
    with translation.override("en"):
        moments = Moments(now)
        assert moments.ago(now - timedelta(minutes=3)) == "3\xa0minutes ago"
        # Each count of a unit is translated once a page and kept: the second time is the same.
        assert moments.left(now + timedelta(days=3)) == moments.left(now + timedelta(days=3))
        assert moments.left(now + timedelta(days=3)) == "in 3\xa0days"
    moment = datetime(2026, 3, 4, 15, 7, tzinfo=UTC)
    with timezone.override("Europe/Paris"):
        assert Moments(now).exact(moment) == "2026-03-04 16:07"


def test_moments_keep_each_languages_words_apart():
    """The unit words are kept per process and language: a count first said in one
    language is said in the other's words in the other."""
    from datetime import timedelta

    from django.utils import timezone, translation

    from cases.formatting import Moments

    now = timezone.now()
    two_days = now - timedelta(days=2, minutes=1)
    with translation.override("en"):
        english = Moments(now)
        assert english.ago(two_days) == "2\xa0days ago"
    with translation.override("fr"):
        assert Moments(now).ago(two_days) == "il y a 2\xa0jours"
        # A page's Moments keeps the language it was made in.
        assert english.ago(now - timedelta(days=5, minutes=1)) == "5\xa0days ago"
    with translation.override("en"):
        assert Moments(now).ago(two_days) == "2\xa0days ago"
