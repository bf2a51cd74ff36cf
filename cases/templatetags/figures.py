"""Template filters over cases/formatting.py: `{% load figures %}`.

{{ v.value|with_unit:v.metric.unit }}   2.5%  ·  2,5 %
{{ v.metric|metric_target }}           < 1%  ·  < 1 %
{{ invoice.invoice_date|long_date }}   Dec. 3, 2026  ·  3 décembre 2026
{{ label }}{% colon %} {{ value }}     Ungating request: X  ·  Demande de déblocage : X
"""

from django import template

from cases import formatting

register = template.Library()

register.filter("number", formatting.number)
register.filter("percent", formatting.percent)
register.filter("hours", formatting.hours)
register.filter("with_unit", formatting.with_unit)
register.filter("metric_target", formatting.metric_target)
register.filter("long_date", formatting.long_date, expects_localtime=True)
register.filter("short_date", formatting.short_date, expects_localtime=True)
register.filter("date_time", formatting.date_time, expects_localtime=True)
register.filter("typography", formatting.typography, is_safe=True)
register.simple_tag(formatting.colon, name="colon")
