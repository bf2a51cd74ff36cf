"""Account-health trend charts, drawn server-side as SVG (no script, no external file)."""

from decimal import Decimal

from django.utils.html import format_html, format_html_join

from .formatting import labelled, number, short_date, with_unit
from .health import metric_verdict

WIDTH, HEIGHT, PAD_X, PAD_Y = 320, 90, 34, 12
# Presentation attributes, not CSS: the same SVG draws in the page and in the packet PDF.
COLOURS = {"good": "#198754", "bad": "#dc3545", "unknown": "#6c757d"}


def _scale(values, threshold):
    top = max([*values, threshold]) or Decimal(1)
    bottom = min([*values, threshold])
    if top == bottom:
        top += 1
    span = top - bottom
    # A little headroom so points never sit on the frame.
    return bottom - span * Decimal("0.1"), top + span * Decimal("0.1")


def trend_svg(metric, snapshots):
    """One small chart: the metric over the snapshots (oldest first) and its threshold."""
    points = [(s.date, getattr(s, metric.field)) for s in snapshots]
    points = [(d, Decimal(v)) for d, v in points if v is not None]
    label = labelled(metric.label, metric.target)
    if not points:
        return format_html(
            '<svg class="health-chart" viewBox="0 0 {} {}" role="img" aria-label="{}">'
            '<text x="{}" y="{}" font-size="10" fill="#6c757d">–</text></svg>',
            WIDTH,
            HEIGHT,
            label,
            WIDTH // 2,
            HEIGHT // 2,
        )
    low, high = _scale([v for _, v in points], metric.threshold)

    def y(value):
        ratio = (value - low) / (high - low)
        return round(float(HEIGHT - PAD_Y - ratio * (HEIGHT - 2 * PAD_Y)), 1)

    step = (WIDTH - 2 * PAD_X) / max(len(points) - 1, 1)
    coords = [(round(PAD_X + i * step, 1), y(v)) for i, (_, v) in enumerate(points)]
    polyline = " ".join(f"{x},{yy}" for x, yy in coords)
    dots = format_html_join(
        "",
        '<circle cx="{}" cy="{}" r="3.5" fill="{}"><title>{}</title></circle>',
        (
            (
                x,
                yy,
                COLOURS[metric_verdict(metric, v).status],
                labelled(short_date(d), with_unit(v, metric.unit)),
            )
            for (x, yy), (d, v) in zip(coords, points, strict=True)
        ),
    )
    threshold_y = y(metric.threshold)
    return format_html(
        '<svg class="health-chart" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img"'
        ' aria-label="{label}">'
        '<line x1="{px}" x2="{rx}" y1="{ty}" y2="{ty}" stroke="#dc3545" stroke-width="1"'
        ' stroke-dasharray="4 3"/>'
        '<text x="2" y="{tty}" font-size="10" fill="#6c757d">{tv}</text>'
        '<polyline points="{poly}" fill="none" stroke="#0d6efd" stroke-width="2"/>{dots}'
        '<text x="{px}" y="{h2}" font-size="10" fill="#6c757d">{first}</text>'
        '<text x="{rx}" y="{h2}" font-size="10" fill="#6c757d" text-anchor="end">{last}</text>'
        "</svg>",
        w=WIDTH,
        h=HEIGHT,
        h2=HEIGHT - 1,
        label=label,
        px=PAD_X,
        rx=WIDTH - PAD_X,
        ty=threshold_y,
        tty=threshold_y + 4,
        tv=number(metric.threshold),
        poly=polyline,
        dots=dots,
        first=short_date(points[0][0]),
        last=short_date(points[-1][0]),
    )


def health_charts(snapshots, metrics):
    """[(metric, svg)] for the account page."""
    return [(m, trend_svg(m, snapshots)) for m in metrics]
