"""Django's Redis cache, its redis-py clients made once rather than on every call.

Django's `RedisCacheClient.get_client` builds a new `redis.Redis` around the shared pool on
each call: some 500 Python calls, more than the round trip, for the session read that every
page does (cached_db sessions). A `redis.Redis` over a pool is safe to share (its
connections come from the pool per command), so one is kept per pool, as Django's own
comment on `get_client` invites.
"""

from django.core.cache.backends import redis

__all__ = ["RedisCache"]


class _Client(redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            pool = self._get_connection_pool(write)
            client = self._clients[index] = self._client(connection_pool=pool)
        return client


class RedisCache(redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = _Client
