FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 OMP_THREAD_LIMIT=1
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core \
      tesseract-ocr tesseract-ocr-eng tesseract-ocr-fra gettext \
 && rm -rf /var/lib/apt/lists/*

RUN useradd --create-home --uid 1000 app
WORKDIR /app
COPY pyproject.toml README.md ./
COPY ungating ungating
COPY cases cases
COPY documents documents
RUN pip install --no-cache-dir -e ".[s3]"
COPY . .
# Collected under production settings, so the manifest of hashed names that DEBUG=0 reads
# is written. The secret key is a placeholder for this one command, never used at runtime.
RUN DEBUG=0 SECRET_KEY=collectstatic-at-build-time-only python manage.py collectstatic --noinput \
 && chown -R app:app /app
USER app
EXPOSE 8000
CMD ["gunicorn", "ungating.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3"]
