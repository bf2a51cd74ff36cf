"""The Redis cache (ungating/cache.py) that holds the sessions, against a real Redis."""

import pytest
from django.conf import settings

from tests.switches import require_services
from ungating.cache import RedisCache


@pytest.fixture
def cache():
    require_services()
    cache = RedisCache(settings.REDIS_URL, {"KEY_PREFIX": "test-cache"})
    yield cache
    cache.clear()


def test_values_go_and_come_back_through_one_client(cache):
    cache.set("answer", {"n": 41}, 30)
    assert cache.get("answer") == {"n": 41}
    assert cache.add("count", 1) and not cache.add("count", 5)
    assert cache.incr("count") == 2
    assert cache.get_many(["answer", "count", "missing"]) == {"answer": {"n": 41}, "count": 2}
    cache.delete("answer")
    assert cache.get("answer", "gone") == "gone"
    client = cache._cache.get_client()
    assert cache._cache.get_client(write=True) is client  # kept, not built per call


def test_a_session_survives_from_page_to_page(client, django_user_model):
    require_services()
    assert settings.CACHES["default"]["BACKEND"] == "ungating.cache.RedisCache"
    user = django_user_model.objects.create_user(email="cache@example.com", password="x" * 16)
    client.force_login(user, backend="cases.auth.EmailBackend")
    for _ in range(3):
        response = client.get("/notifications/settings/")
        assert response.status_code in (200, 302)
        assert response.wsgi_request.user == user
    # The session is read from Redis through this cache (cached_db), not only the database.
    from django.contrib.sessions.backends.cached_db import KEY_PREFIX
    from django.core.cache import caches

    stored = caches["default"].get(KEY_PREFIX + client.session.session_key)
    assert stored and str(stored["_auth_user_id"]) == str(user.pk)
