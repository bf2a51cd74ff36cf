# The case desk's speed (issue 18, point 7) and saved views (point 2).
#
# Each order and filter of the case list has an index led by the workspace and ending with
# the tie-breaker; open cases and cases in review have partial indexes; on PostgreSQL,
# pg_trgm GIN indexes serve the search (UPPER(...) LIKE, as Django writes icontains).

import django.db.models.deletion
from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations, models

# (name, table, expression): expressions as Django's icontains writes them on PostgreSQL.
TRIGRAM_INDEXES = [
    ("account_legal_name_trgm", "cases_selleraccount", 'UPPER("legal_name"::text)'),
    ("account_store_name_trgm", "cases_selleraccount", 'UPPER("store_name"::text)'),
    ("ungating_brand_trgm", "cases_ungatingrequest", 'UPPER("brand"::text)'),
    ("ungating_asins_trgm", "cases_ungatingrequest", 'UPPER("asins"::text)'),
    ("appeal_asins_trgm", "cases_appeal", 'UPPER("asins"::text)'),
]


def create_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return  # SQLite searches with a plain LIKE over the workspace's cases
    for name, table, expression in TRIGRAM_INDEXES:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin (({expression}) gin_trgm_ops)"
        )


def drop_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, _table, _expression in TRIGRAM_INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("cases", "0008_list_indexes"),
    ]

    operations = [
        TrigramExtension(),
        migrations.RunPython(create_trigram_indexes, drop_trigram_indexes),
        migrations.CreateModel(
            name="SavedView",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("name", models.CharField(max_length=80, verbose_name="name")),
                ("query", models.CharField(blank=True, max_length=1000)),
                ("created", models.DateTimeField(auto_now_add=True)),
            ],
            options={
                "verbose_name": "saved view",
                "verbose_name_plural": "saved views",
                "ordering": ["name", "pk"],
            },
        ),
        migrations.RemoveIndex(
            model_name="case",
            name="cases_case_workspa_8ce784_idx",
        ),
        migrations.RemoveIndex(
            model_name="case",
            name="cases_case_workspa_edb9ac_idx",
        ),
        migrations.RemoveIndex(
            model_name="case",
            name="cases_case_answer__adc990_idx",
        ),
        migrations.RemoveIndex(
            model_name="case",
            name="case_ws_updated",
        ),
        migrations.RemoveIndex(
            model_name="case",
            name="case_ws_due",
        ),
        migrations.RemoveIndex(
            model_name="case",
            name="case_ws_review",
        ),
        migrations.AddIndex(
            model_name="case",
            index=models.Index(
                models.F("workspace"),
                models.OrderBy(models.F("created"), descending=True),
                models.OrderBy(models.F("id"), descending=True),
                name="case_ws_created",
            ),
        ),
        migrations.AddIndex(
            model_name="case",
            index=models.Index(
                models.F("workspace"),
                models.OrderBy(models.F("updated"), descending=True),
                models.OrderBy(models.F("id"), descending=True),
                name="case_ws_updated",
            ),
        ),
        migrations.AddIndex(
            model_name="case",
            index=models.Index(
                models.F("workspace"),
                models.F("answer_due_at"),
                models.OrderBy(models.F("id"), descending=True),
                name="case_ws_due",
            ),
        ),
        migrations.AddIndex(
            model_name="case",
            index=models.Index(
                models.F("workspace"),
                models.F("status"),
                models.OrderBy(models.F("created"), descending=True),
                models.OrderBy(models.F("id"), descending=True),
                name="case_ws_status",
            ),
        ),
        migrations.AddIndex(
            model_name="case",
            index=models.Index(
                models.F("workspace"),
                models.F("assignee"),
                models.OrderBy(models.F("created"), descending=True),
                models.OrderBy(models.F("id"), descending=True),
                name="case_ws_assignee",
            ),
        ),
        migrations.AddIndex(
            model_name="case",
            index=models.Index(
                models.F("workspace"),
                models.F("readiness_verdict"),
                models.OrderBy(models.F("created"), descending=True),
                models.OrderBy(models.F("id"), descending=True),
                name="case_ws_readiness",
            ),
        ),
        migrations.AddIndex(
            model_name="case",
            index=models.Index(
                models.F("seller_account"),
                models.OrderBy(models.F("created"), descending=True),
                models.OrderBy(models.F("id"), descending=True),
                name="case_account_created",
            ),
        ),
        migrations.AddIndex(
            model_name="case",
            index=models.Index(
                condition=models.Q(
                    (
                        "status__in",
                        (
                            "draft",
                            "in_review",
                            "changes_requested",
                            "approved",
                            "submitted",
                            "information_requested",
                        ),
                    )
                ),
                fields=["workspace", "answer_due_at"],
                include=("status", "kind", "readiness_verdict", "id"),
                name="case_ws_open_due",
            ),
        ),
        migrations.AddIndex(
            model_name="case",
            index=models.Index(
                condition=models.Q(("status", "in_review")),
                fields=["workspace", "review_requested_at", "id"],
                name="case_ws_in_review",
            ),
        ),
        migrations.AddField(
            model_name="savedview",
            name="membership",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="saved_views",
                to="cases.membership",
            ),
        ),
        migrations.AddConstraint(
            model_name="savedview",
            constraint=models.UniqueConstraint(
                fields=("membership", "name"), name="unique_saved_view_name"
            ),
        ),
    ]
