"""Account-health trend charts, drawn server-side as SVG (no script, no external file)."""

from decimal import Decimal

from django.utils.html import format_html, format_html_join

from .health import metric_verdict

WIDTH, HEIGHT, PAD_X, PAD_Y = 320, 90, 34, 12


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
    label = format_html("{}: {}", metric.label, metric.target)
    if not points:
        return format_html(
            '<svg class="health-chart" viewBox="0 0 {} {}" role="img" aria-label="{}">'
            '<text x="{}" y="{}" class="chart-empty">–</text></svg>',
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
        '<circle cx="{}" cy="{}" r="3.5" class="dot-{}"><title>{}: {}</title></circle>',
        (
            (x, yy, metric_verdict(metric, v).status, d.isoformat(), f"{v.normalize():f}")
            for (x, yy), (d, v) in zip(coords, points, strict=True)
        ),
    )
    threshold_y = y(metric.threshold)
    return format_html(
        '<svg class="health-chart" viewBox="0 0 {w} {h}" role="img" aria-label="{label}">'
        '<line x1="{px}" x2="{rx}" y1="{ty}" y2="{ty}" class="threshold"/>'
        '<text x="2" y="{tty}" class="axis">{tv}</text>'
        '<polyline points="{poly}" class="trend"/>{dots}'
        '<text x="{px}" y="{h2}" class="axis">{first}</text>'
        '<text x="{rx}" y="{h2}" class="axis" text-anchor="end">{last}</text>'
        "</svg>",
        w=WIDTH,
        h=HEIGHT,
        h2=HEIGHT - 1,
        label=label,
        px=PAD_X,
        rx=WIDTH - PAD_X,
        ty=threshold_y,
        tty=threshold_y + 4,
        tv=f"{metric.threshold:g}",
        poly=polyline,
        dots=dots,
        first=points[0][0].strftime("%Y-%m-%d"),
        last=points[-1][0].strftime("%Y-%m-%d"),
    )


def health_charts(snapshots, metrics):
    """[(metric, svg)] for the account page."""
    return [(m, trend_svg(m, snapshots)) for m in metrics]
