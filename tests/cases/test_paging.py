"""A page number typed into the address: a number past the end shows the last page, and
what is not a number shows the first, never an error."""

import pytest
from django.urls import reverse

from tests.factories import make_case


@pytest.mark.parametrize("asked", ["9" * 25, "10001", "x", "-3", "0", "²", ""])
def test_the_case_list_answers_any_page_number(client, tenants, asked):
    for _ in range(3):
        make_case(tenants.a1, by=tenants.consultant_a)
    client.force_login(tenants.consultant_a)
    response = client.get(reverse("case_list"), {"page": asked, "per": 25})
    assert response.status_code == 200
    assert response.context["page"].number == 1  # one page of three cases
    assert len(response.context["rows"]) == 3
