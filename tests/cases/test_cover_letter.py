"""The cover letter claims only what is recorded, and no prompt of the draft goes to Amazon."""

import pytest
from django.utils import timezone

from cases import cover_letter
from cases.selectors import case_readiness
from documents.models import Supplier
from tests.factories import make_case


@pytest.fixture
def case(tenants):
    return make_case(tenants.a1, by=tenants.consultant_a, brand="Lumina", target_type="brand")


def supplier(tenants, agreed_on=None):
    return Supplier.objects.create(
        workspace=tenants.ws_a, name="Acme Distribution Inc.", confirmation_agreed_on=agreed_on
    )


def test_the_draft_says_suppliers_will_confirm_only_when_a_date_is_recorded(case, tenants):
    unconfirmed = cover_letter.draft(case, [supplier(tenants)])
    assert "Acme Distribution Inc." in unconfirmed
    assert "agreed to confirm" not in unconfirmed
    Supplier.objects.update(confirmation_agreed_on=timezone.localdate())
    confirmed = cover_letter.draft(case, list(Supplier.objects.all()))
    assert "our suppliers have agreed to confirm these sales" in confirmed


def test_a_prompt_left_in_the_letter_blocks_submission(case, tenants):
    case.ungating.cover_letter = cover_letter.draft(case, [])
    case.ungating.save()
    codes = {finding.code for finding in case_readiness(case).blockers}
    assert "cover_letter_placeholder" in codes
    message = next(
        f.message for f in case_readiness(case).blockers if f.code == "cover_letter_placeholder"
    )
    assert "The cover letter still holds “[" in message


def test_a_letter_in_the_sellers_own_words_passes(case):
    case.ungating.cover_letter = "We have sold skin care for six years. " * 12
    case.ungating.save()
    codes = {finding.code for finding in case_readiness(case).findings}
    assert not codes & {"cover_letter_placeholder", "cover_letter_missing"}
