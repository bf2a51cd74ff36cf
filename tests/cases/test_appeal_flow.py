"""Appeals in the product: the notice read and confirmed, the plan and its linter, the
evidence per ASIN, the readiness verdict and the packet."""

import io
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from cases.demo_appeal import NOTICE, PLAN
from cases.formatting import long_date
from cases.models import Case, Status
from cases.selectors import case_readiness
from cases.services.cases import create_case
from tests.factories import attach_checked_invoice, days_ago

# Compares dates with today: CI runs these 90 days ahead too (README, Testing).
pytestmark = pytest.mark.clock


@pytest.fixture
def appeal_case(tenants):
    return create_case(seller_account=tenants.a1, kind="appeal", by=tenants.consultant_a)


@pytest.fixture
def seller(client, tenants):
    client.force_login(tenants.seller_a)
    return client


def step(case, name):
    return reverse("case_wizard", args=[case.pk, name])


def codes(case):
    return {f.code for f in case_readiness(Case.objects.get(pk=case.pk)).findings}


def confirm_notice(client, case, **overrides):
    data = {
        "notice_text": NOTICE,
        "notice_date": days_ago(0).isoformat(),
        "scope": "account",
        "language": "en",
        "evidence_period_days": "365",
        "appeal_within_days": "17",
        "asins_text": "B0LUMINA01 B0ALOEPU02",
        "reasons": ["order_defect_rate", "negative_feedback", "undelivered_orders"],
        "nav": "next",
    }
    data.update(overrides)
    return client.post(step(case, "notice"), data)


def test_a_new_appeal_starts_on_the_notice_step(seller, tenants):
    response = seller.post(
        reverse("case_create"), {"seller_account": tenants.a1.pk, "kind": "appeal"}
    )
    case = Case.objects.get()
    assert response["Location"] == step(case, "notice")
    assert case.appeal.evidence_period_days == 365


def test_reading_the_notice_fills_the_fields_for_the_person_to_confirm(seller, appeal_case):
    response = seller.post(step(appeal_case, "notice"), {"notice_text": NOTICE, "nav": "read"})
    form = response.context["form"]
    assert form["scope"].value() == "account"
    assert form["asins_text"].value() == "B0LUMINA01\nB0ALOEPU02"
    assert form["reasons"].value() == [
        "order_defect_rate",
        "negative_feedback",
        "undelivered_orders",
    ]
    assert str(form["appeal_within_days"].value()) == "17"
    assert "Read: 3 reasons, 2 ASINs." in response.content.decode()
    appeal_case.appeal.refresh_from_db()
    assert appeal_case.appeal.reasons == []  # nothing saved until the person confirms


def test_confirming_the_notice_sets_the_deadline_and_flags_it_when_overdue(
    seller, appeal_case, tenants
):
    confirm_notice(seller, appeal_case, notice_date=days_ago(20).isoformat())
    appeal_case.refresh_from_db()
    assert appeal_case.appeal.asins == ["B0LUMINA01", "B0ALOEPU02"]
    assert appeal_case.answer_due_at.date() == days_ago(3)
    assert appeal_case.is_overdue
    seller.force_login(tenants.consultant_a)
    assert "1 case is overdue" in seller.get(reverse("case_list")).content.decode()


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def test_a_notice_that_states_its_date_sets_the_deadline_from_it(seller, appeal_case):
    sent = days_ago(5)
    header = f"Date: Tue, {MONTHS[sent.month - 1]} {sent.day}, {sent.year} at 9:41 AM\n\n"
    response = seller.post(
        step(appeal_case, "notice"), {"notice_text": header + NOTICE, "nav": "read"}
    )
    assert response.context["form"]["notice_date"].value() == sent.isoformat()
    assert "The notice gives no date" not in response.content.decode()

    confirm_notice(seller, appeal_case, notice_text=header + NOTICE, notice_date=sent.isoformat())
    appeal_case.refresh_from_db()
    assert appeal_case.answer_due_at.date() == sent + timedelta(days=17)


def test_an_undated_notice_is_dated_the_day_it_is_pasted(seller, appeal_case):
    response = seller.post(step(appeal_case, "notice"), {"notice_text": NOTICE, "nav": "read"})
    assert response.context["form"]["notice_date"].value() == days_ago(0).isoformat()
    assert "The notice gives no date" in response.content.decode()

    # Saved without a date (the reading was skipped): the deadline still runs from today.
    confirm_notice(seller, appeal_case, notice_date="")
    appeal_case.refresh_from_db()
    assert appeal_case.appeal.notice_date == days_ago(0)
    assert appeal_case.answer_due_at.date() == days_ago(-17)
    review = seller.get(step(appeal_case, "review")).content.decode()
    # The deadline as the language writes a date (cases/formatting.py).
    assert long_date(days_ago(-17)) in review


def test_a_date_typed_by_the_person_is_kept_when_the_notice_states_none(seller, appeal_case):
    typed = days_ago(3).isoformat()
    response = seller.post(
        step(appeal_case, "notice"),
        {"notice_text": NOTICE, "notice_date": typed, "nav": "read"},
    )

    assert response.context["form"]["notice_date"].value() == typed
    assert "The notice gives no date" not in response.content.decode()


def test_the_review_step_names_the_reasons(seller, appeal_case):
    confirm_notice(seller, appeal_case)

    page = seller.get(step(appeal_case, "review")).content.decode()

    assert "Order defect rate, Negative feedback, Undelivered orders" in page
    assert "order_defect_rate" not in page


def test_bad_asins_in_the_notice_step_are_explained(seller, appeal_case):
    response = confirm_notice(seller, appeal_case, asins_text="B0LUMINA01 112-1234567-1234567")
    assert "Not ASINs" in response.content.decode()
    appeal_case.appeal.refresh_from_db()
    assert appeal_case.appeal.asins == []


def plan_data(sections, nav="save"):
    data = {"nav": nav, "introduction": "", "closing": ""}
    for section in sections:
        for part in ("root_cause", "actions_taken", "preventive_measures"):
            data[f"{section['reason']}__{part}"] = section.get(part, "")
    return data


def test_the_linter_blocks_until_every_reason_has_its_three_parts(seller, appeal_case):
    confirm_notice(seller, appeal_case)
    partial = [dict(PLAN[0]), dict(PLAN[1], preventive_measures=""), dict(PLAN[2])]
    seller.post(step(appeal_case, "plan"), plan_data(partial))
    assert "poa_missing_preventive_measures" in codes(appeal_case)
    seller.post(step(appeal_case, "plan"), plan_data(PLAN))
    appeal_case.refresh_from_db()
    assert not {c for c in codes(appeal_case) if c.startswith("poa_")}


def test_live_lint_answers_with_findings_without_saving(seller, appeal_case):
    confirm_notice(seller, appeal_case)
    emotional = [dict(PLAN[0], root_cause=PLAN[0]["root_cause"] + " This is so unfair, I beg you.")]
    emotional += PLAN[1:]
    response = seller.post(reverse("poa_lint", args=[appeal_case.pk]), plan_data(emotional))
    page = response.content.decode()
    assert 'data-rule="emotional_language"' in page
    appeal_case.appeal.refresh_from_db()
    assert appeal_case.appeal.poa_sections == []


def test_a_pasted_plan_is_placed_in_its_sections(seller, appeal_case):
    confirm_notice(seller, appeal_case, reasons=["negative_feedback"])
    pasted = (
        "Negative feedback\n\nCause profonde\nDes colis livrés en retard.\n\n"
        "Actions correctives\nNous avons remboursé les neuf clients.\n\n"
        "Mesures préventives\nUn responsable relit chaque avis sous 24 heures."
    )
    response = seller.post(
        step(appeal_case, "plan"), {**plan_data([]), "pasted": pasted, "nav": "paste"}
    )
    form = response.context["form"]
    assert form["negative_feedback__root_cause"].value() == "Des colis livrés en retard."
    assert "Nous avons remboursé" in form["negative_feedback__actions_taken"].value()


def test_every_asin_needs_an_invoice_within_the_period(seller, appeal_case):
    confirm_notice(seller, appeal_case)
    assert {"asin_without_invoice"} <= codes(appeal_case)
    use = attach_checked_invoice(appeal_case, days_old=40)
    invoice = use.document.invoice
    invoice.text = "Lumina serum B0LUMINA01 qty 24"
    invoice.save()
    fresh = Case.objects.get(pk=appeal_case.pk)
    blockers = [f for f in case_readiness(fresh).findings if f.code == "asin_without_invoice"]
    assert len(blockers) == 1 and "B0ALOEPU02" in blockers[0].message
    # A person confirms that the same invoice covers the other ASIN.
    seller.post(step(appeal_case, "evidence"), {f"cover-{use.pk}-B0ALOEPU02": "on", "nav": "save"})
    assert "asin_without_invoice" not in codes(appeal_case)
    page = seller.get(step(appeal_case, "evidence")).content.decode()
    assert 'data-asin="B0ALOEPU02"' in page and "table-danger" not in page


def test_an_invoice_older_than_the_period_does_not_count(seller, appeal_case):
    confirm_notice(seller, appeal_case)
    use = attach_checked_invoice(appeal_case, days_old=400)
    use.document.invoice.text = "B0LUMINA01 B0ALOEPU02"
    use.document.invoice.save()
    assert "asin_without_invoice" in codes(appeal_case)


def test_a_clean_appeal_goes_to_review_and_its_packet_holds_the_plan(seller, appeal_case, tenants):
    confirm_notice(seller, appeal_case)
    seller.post(step(appeal_case, "plan"), plan_data(PLAN))
    use = attach_checked_invoice(appeal_case, days_old=40)
    use.document.invoice.text = "B0LUMINA01 B0ALOEPU02"
    use.document.invoice.save()
    response = seller.post(reverse("case_transition", args=[appeal_case.pk, "submit_for_review"]))
    appeal_case.refresh_from_db()
    assert appeal_case.status == Status.IN_REVIEW, codes(appeal_case)
    from documents.packets.service import render_now

    version = render_now(case=appeal_case, by=tenants.consultant_a)
    reader = PdfReader(io.BytesIO(version.file.open("rb").read()))
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "Plan of Action" in text and "Evidence per ASIN" in text
    assert "Each morning a named employee checks" in text
    # Appeals get annotated copies by default (the guide asks for highlights).
    assert "annotated copy" in text
    assert response.status_code == 302


def test_reapplying_an_appeal_keeps_the_notice_and_the_plan(tenants, appeal_case):
    from cases.services.cases import reapply

    appeal = appeal_case.appeal
    appeal.reasons, appeal.poa_sections = ["negative_feedback"], PLAN[1:2]
    appeal.save()
    Case.objects.filter(pk=appeal_case.pk).update(
        status=Status.AMAZON_REJECTED, rejection_reasons=["other"]
    )
    appeal_case.refresh_from_db()
    new = reapply(case=appeal_case, by=tenants.consultant_a)
    assert new.appeal.poa_sections == PLAN[1:2] and new.appeal.pk != appeal.pk
    assert new.answer_due_at is None or new.answer_due_at > timezone.now() - timedelta(days=1)


def test_the_appeal_page_leads_back_into_its_steps(seller, appeal_case):
    page = seller.get(reverse("case_detail", args=[appeal_case.pk])).content.decode()
    assert step(appeal_case, "notice") in page and "Start the guided steps" in page
    seller.get(step(appeal_case, "plan"))
    page = seller.get(reverse("case_detail", args=[appeal_case.pk])).content.decode()
    assert step(appeal_case, "plan") in page and "Continue where you left off" in page
