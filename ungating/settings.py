"""Settings, read from the environment (as healthchecks does).

With nothing set, the app runs embedded: SQLite in var/, Celery tasks run in-process,
e-mail goes to the console. Production sets DEBUG=0, SECRET_KEY, ALLOWED_HOSTS,
DATABASE_URL and REDIS_URL.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _


def envbool(name, default):
    return os.getenv(name, default).strip().lower() in ("1", "true", "yes", "on")


def envint(name, default):
    return int(os.getenv(name, default))


BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.getenv("VAR_DIR", BASE_DIR / "var"))

DEBUG = envbool("DEBUG", "1")
SECRET_KEY = os.getenv("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise RuntimeError("SECRET_KEY must be set when DEBUG is off")
    SECRET_KEY = "embedded-development-key-not-for-production-" + "x" * 20
ALLOWED_HOSTS = [h for h in os.getenv("ALLOWED_HOSTS", "127.0.0.1,localhost").split(",") if h]
CSRF_TRUSTED_ORIGINS = [o for o in os.getenv("CSRF_TRUSTED_ORIGINS", "").split(",") if o]
SITE_NAME = os.getenv("SITE_NAME", "Ungating desk")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "crispy_forms",
    "crispy_bootstrap5",
    "django_htmx",
    "axes",
    "csp",
    "cases",
    "documents",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Serves the collected static files in production (no separate web server needed).
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Every view needs a login unless it is marked @login_not_required.
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "cases.middleware.WorkspaceMiddleware",
    # Last, as django-axes asks.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "ungating.urls"
WSGI_APPLICATION = "ungating.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "OPTIONS": {
            # Django's cached loader, one compiled template per language with each
            # {% translate "constant" %} said at compile time (ungating/templating.py).
            "loaders": [
                (
                    "ungating.templating.Loader",
                    [
                        "django.template.loaders.filesystem.Loader",
                        "django.template.loaders.app_directories.Loader",
                    ],
                )
            ],
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "cases.context_processors.navigation",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=envint("CONN_MAX_AGE", "60"),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    # Two uploads at once must not answer "database is locked".
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Django's PostgreSQL backend, with timestamps read in C (ungating/postgresql/base.py).
    DATABASES["default"]["ENGINE"] = "ungating.postgresql"
if DATABASES["default"]["ENGINE"] == "ungating.postgresql" and envbool(
    "DB_PREPARED_STATEMENTS", "1"
):
    # PostgreSQL: parameters bound by the server, and a statement run five times on a
    # connection prepared there, so the desk's row queries (a dozen small subqueries) are
    # not planned again on every page. Turn off behind a pooler in transaction mode that
    # does not keep prepared statements (PgBouncer before 1.21).
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        server_side_binding=True, prepare_threshold=5
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "cases.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "cases.auth.EmailBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24

# Failed logins are throttled per (e-mail, address) pair, so a colleague's typos on the
# agency's shared address lock out nobody else; the address alone gets a higher ceiling.
AXES_FAILURE_LIMIT = envint("AXES_FAILURE_LIMIT", "5")
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_COOLOFF_TIME = timedelta(minutes=envint("AXES_COOLOFF_MINUTES", "15"))
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_CALLABLE = "cases.auth.axes_username"
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_IPWARE_PROXY_COUNT = envint("PROXY_COUNT", "0") or None
AXES_VERBOSE = False
# Across all e-mails, one address may fail this many times in the cool-off period.
LOGIN_ADDRESS_CEILING = envint("LOGIN_ADDRESS_CEILING", "50")

INVITATION_VALID_DAYS = envint("INVITATION_VALID_DAYS", "7")

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("fr", _("French"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = os.getenv("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.getenv("STATIC_ROOT", BASE_DIR / "staticfiles"))
MEDIA_ROOT = Path(os.getenv("MEDIA_ROOT", VAR_DIR / "media"))
# Uploaded files are never served from a URL of their own: only a scoped view streams them.
MEDIA_URL = "/media-not-served/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
if os.getenv("S3_BUCKET"):
    # Any S3-compatible store (needs django-storages[s3]); workers then read the same files.
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.getenv("S3_BUCKET"),
            "endpoint_url": os.getenv("S3_ENDPOINT_URL") or None,
            "region_name": os.getenv("S3_REGION") or None,
            "access_key": os.getenv("S3_ACCESS_KEY_ID"),
            "secret_key": os.getenv("S3_SECRET_ACCESS_KEY"),
            "default_acl": "private",
            "querystring_auth": True,
        },
    }

EMAIL_BACKEND = os.getenv("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
if os.getenv("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.getenv("EMAIL_HOST")
    EMAIL_PORT = envint("EMAIL_PORT", "587")
    EMAIL_HOST_USER = os.getenv("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.getenv("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = envbool("EMAIL_USE_TLS", "1")
DEFAULT_FROM_EMAIL = os.getenv("DEFAULT_FROM_EMAIL", "ungating@localhost")
SITE_URL = os.getenv("SITE_URL", "http://127.0.0.1:8000")

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# Celery: with REDIS_URL, tasks go to Redis and a worker runs them; without it, in-process.
REDIS_URL = os.getenv("REDIS_URL", "")
CELERY_BROKER_URL = REDIS_URL or "memory://"
if REDIS_URL:
    # Sessions read from Redis first and written through to the database (Django's
    # cached_db): one round trip to Redis instead of a query on every page. Only with a
    # cache every process shares: a per-process cache would keep a session another
    # process logged out.
    CACHES = {
        "default": {
            "BACKEND": "ungating.cache.RedisCache",  # its clients kept (ungating/cache.py)
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "ungating",
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
CELERY_RESULT_BACKEND = None
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = envint("TASK_SOFT_TIME_LIMIT", "240")
CELERY_TASK_TIME_LIMIT = envint("TASK_TIME_LIMIT", "300")
# Redelivery after the visibility timeout must never overtake a running task (Celery's Redis
# caveats): keep it above the hard limit plus the largest retry countdown.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": envint("BROKER_VISIBILITY_TIMEOUT", "3600"),
    # A broker that does not answer must not hold an upload (under 5 s in all): the job
    # stays queued and the reconciler sends it later. Above kombu's 1 s BRPOP poll.
    "socket_connect_timeout": 2,
    "socket_timeout": 1.5,
}
# One more try on a dropped connection (a restarted Redis), not three.
CELERY_TASK_PUBLISH_RETRY_POLICY = {"max_retries": 1, "interval_start": 0, "interval_max": 0.2}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True

# Security. Production runs behind a TLS proxy; SECURE_SSL_REDIRECT can be switched off
# when that proxy already redirects.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
if not DEBUG:
    SESSION_COOKIE_SECURE = envbool("SESSION_COOKIE_SECURE", "1")
    CSRF_COOKIE_SECURE = envbool("CSRF_COOKIE_SECURE", "1")
    SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", "1")
    SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = envbool("SECURE_HSTS_INCLUDE_SUBDOMAINS", "1")
    SECURE_HSTS_PRELOAD = envbool("SECURE_HSTS_PRELOAD", "1")
    if envbool("BEHIND_TLS_PROXY", "0"):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Nothing is loaded from another origin, and no inline script runs.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "frame-src": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.getenv("LOG_LEVEL", "INFO")},
    "loggers": {"fontTools": {"level": "WARNING"}, "weasyprint": {"level": "ERROR"}},
}

# Account health thresholds and other product rules live in cases/health.py, not here.
HEALTH_SNAPSHOTS_ON_CHART = envint("HEALTH_SNAPSHOTS_ON_CHART", "12")
COVER_LETTER_WORDS = (
    envint("COVER_LETTER_MIN_WORDS", "80"),
    envint("COVER_LETTER_MAX_WORDS", "500"),
)

# Uploads: size capped while streaming (documents/upload_handlers.py); files past 1 MB go
# to a temporary file, never into memory whole.
# The same limits bound every later step that touches the file (reading, OCR, previews,
# annotated copies, packets): documents/limits.py hands them to each, so a file that a
# later step would refuse is refused at upload.
UPLOAD_MAX_BYTES = envint("UPLOAD_MAX_MB", "20") * 1024 * 1024
# A4 at 600 dpi is about 35 megapixels.
UPLOAD_MAX_PIXELS = envint("UPLOAD_MAX_PIXELS", str(50_000_000))
UPLOAD_MAX_PAGES = envint("UPLOAD_MAX_PAGES", "30")
# Each reading or drawing of a file runs in a child process with these ceilings.
FILE_WORK_MEMORY_MB = envint("FILE_WORK_MEMORY_MB", "1536")
FILE_WORK_SECONDS = envint("FILE_WORK_SECONDS", "150")
FILE_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024
FILE_UPLOAD_HANDLERS = [
    "documents.upload_handlers.SizeLimitUploadHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]
FILE_UPLOAD_TEMP_DIR = os.getenv("FILE_UPLOAD_TEMP_DIR") or None
# Check and render jobs (documents/jobs.py): a worker holds a job under a lease; another
# delivery of the message waits for the lease to expire, and a job whose worker died this
# many times ends in "error" instead of looping.
JOB_LEASE_SECONDS = envint("JOB_LEASE_SECONDS", str(CELERY_TASK_TIME_LIMIT + 60))
JOB_MAX_ATTEMPTS = envint("JOB_MAX_ATTEMPTS", "3")
# ungating/celery.py adds the notification reminders and the daily digest to this schedule.
CELERY_BEAT_SCHEDULE = {
    "requeue-stranded-documents": {"task": "documents.requeue_stranded", "schedule": 120.0},
}
CELERY_TASK_ROUTES = {
    "documents.check_document": {"queue": "documents"},
    "documents.render_packet": {"queue": "documents"},
}
CELERY_TASK_DEFAULT_QUEUE = "celery"
CELERY_WORKER_MAX_TASKS_PER_CHILD = envint("WORKER_MAX_TASKS_PER_CHILD", "50")
