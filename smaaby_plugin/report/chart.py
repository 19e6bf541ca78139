"""Bar charts as self-contained SVG text, for print layouts (QGIS 3.22 has no chart item).

The SVG is drawn here, without matplotlib, and placed in a layout as an embedded
picture (``QgsLayoutItemPicture`` with a ``base64:`` path), so a saved project keeps
the chart without any side file. Pure Python: no QGIS import.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from xml.sax.saxutils import escape

__all__ = ["bar_chart_svg", "format_number", "format_value", "DEFAULT_BAR_COLOUR"]

DEFAULT_BAR_COLOUR = "#4a7fb0"


def format_number(
    value: float, decimals: int | None = None, thousands: str = "\u202f", decimal_point: str = ","
) -> str:
    """A number as Norwegian print style: thin-space thousands, decimal comma.

    Parameters
    ----------
    value : float
        The number; NaN gives an en dash.
    decimals : int, optional
        Digits after the point; by default 0 for |value| >= 100 and for 0, 1 for >= 10,
        else 2.
    thousands, decimal_point : str
        Separators (English style: ``","`` and ``"."``).

    Examples
    --------
    >>> format_number(1234567.891)
    '1\u202f234\u202f568'
    >>> format_number(3.14159, thousands=",", decimal_point=".")
    '3.14'
    >>> format_number(float("nan"))
    '–'
    >>> format_number(0.0)
    '0'
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if decimals is None:
        size = abs(value)
        decimals = 0 if size >= 100 or size == 0 else 1 if size >= 10 else 2
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", decimal_point).replace("\0", thousands)


def format_value(value, unit: str = "", decimals: int | None = None) -> str:
    """A key figure as printed: the number (:func:`format_number`) and its unit; an en
    dash where the value is missing or not a number.

    Examples
    --------
    >>> format_value(4500.0, "daa")
    '4\u202f500 daa'
    >>> format_value(None, "inh.")
    '–'
    >>> format_value(12.345, "%", 1)
    '12,3 %'
    """
    try:
        number = float(value)
    except (TypeError, ValueError):
        return "–"
    if math.isnan(number):
        return "–"
    return f"{format_number(number, decimals)} {unit}".strip()


def _wrap(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` characters, broken at spaces.

    Examples
    --------
    >>> _wrap("Population reached within 20 min from each centre", 24)
    ['Population reached', 'within 20 min from each', 'centre']
    """
    lines: list[str] = []
    for word in (text or "").split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def _nice_step(span: float, target: int = 4) -> float:
    """A round tick step (1, 2 or 5 times a power of ten) giving about ``target`` ticks."""
    if span <= 0:
        return 1.0
    raw = span / target
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return factor * power
    return 10 * power


def bar_chart_svg(
    labels: Sequence[str],
    values: Sequence[float],
    *,
    title: str = "",
    unit: str = "",
    colors: Sequence[str] | None = None,
    width: float = 160.0,
    height: float | None = None,
    value_format: Callable[[float, int | None], str] = format_number,
    font_family: str = "sans-serif",
    font_size: float = 3.2,
    note: str = "",
) -> str:
    """A horizontal bar chart as an SVG document.

    Sizes are in millimetres (the SVG's user unit), so the chart keeps its proportions
    and text size when placed in a layout frame of ``width`` x ``height`` mm.

    Parameters
    ----------
    labels : sequence of str
        One label per bar, drawn left of the bar (long labels are shortened with "…").
    values : sequence of float
        Bar lengths; negative values extend left of the zero line, NaN draws no bar.
    title, unit : str
        Heading above the chart and the unit shown after it (e.g. "daa").
    colors : sequence of str, optional
        A CSS colour per bar; by default one blue.
    width, height : float
        Size in mm; ``height`` defaults to what the bars need.
    note : str
        A line under the title for what the bars leave out (e.g. the area no land-use
        polygon covers, which would otherwise be the longest bar).
    value_format : callable
        ``value_format(value, decimals)`` gives the text of a bar's value (``decimals``
        None: the formatter chooses) and of an axis tick (the tick step's decimals).

    Returns
    -------
    str
        The SVG document.

    Examples
    --------
    >>> svg = bar_chart_svg(["Skog", "Myr"], [300.0, 100.0], title="Area", unit="daa")
    >>> svg.count('class="bar"')
    2
    >>> 'class="note"' in bar_chart_svg(["Skog"], [1.0], note="Not covered: 5 daa")
    True
    """
    labels = [str(s) for s in labels]
    values = [float(v) if v is not None else math.nan for v in values]
    if len(labels) != len(values):
        raise ValueError("labels and values differ in length")
    n = len(values)
    colors = list(colors) if colors is not None else [DEFAULT_BAR_COLOUR] * n
    row = font_size * 2.0
    heading = f"{title} ({unit})" if title and unit else title
    title_lines = _wrap(heading, max(int(width / (font_size * 1.15 * 0.56)), 10))
    note_lines = _wrap(note, max(int(width / (font_size * 0.56)), 10))
    top = font_size * (1.0 + 1.6 * len(title_lines)) if title_lines else font_size
    note_top = top
    top += font_size * 1.4 * len(note_lines)
    axis = font_size * 2.2
    if height is None:
        height = top + max(n, 1) * row + axis
    label_width = min(width * 0.38, max((len(s) for s in labels), default=4) * font_size * 0.55 + 2)
    value_room = font_size * 0.6 * 9
    plot_left = label_width + 1.5
    plot_right = width - value_room
    finite = [v for v in values if not math.isnan(v)]
    low = min([0.0, *finite])
    high = max([0.0, *finite])
    if high == low:
        high = low + 1.0
    step = _nice_step(high - low)
    low = math.floor(low / step) * step if low < 0 else 0.0
    high = math.ceil(high / step) * step if high > 0 else 0.0
    scale = (plot_right - plot_left) / (high - low)

    def x_of(v: float) -> float:
        return plot_left + (v - low) * scale

    pitch = (height - top - axis) / max(n, 1)
    bar_height = pitch * 0.62
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.2f}mm" '
        f'height="{height:.2f}mm" viewBox="0 0 {width:.3f} {height:.3f}" '
        f'font-family="{escape(font_family)}" font-size="{font_size:.2f}">',
        f'<rect x="0" y="0" width="{width:.3f}" height="{height:.3f}" fill="#ffffff"/>',
    ]
    for i, line in enumerate(title_lines):
        parts.append(
            f'<text class="title" x="0" y="{font_size * (1.3 + 1.6 * i):.3f}" '
            f'font-weight="bold" font-size="{font_size * 1.15:.2f}">'
            f"{escape(line)}</text>"
        )
    for i, line in enumerate(note_lines):
        parts.append(
            f'<text class="note" x="0" y="{note_top + font_size * (0.6 + 1.4 * i):.3f}" '
            f'font-style="italic" fill="#444444">{escape(line)}</text>'
        )
    # grid lines and tick labels
    bottom = height - axis
    tick_decimals = max(0, -math.floor(math.log10(step)))
    for k in range(int(round((high - low) / step)) + 1):
        tick = low + k * step
        x = x_of(tick)
        parts.append(
            f'<line class="grid" x1="{x:.3f}" y1="{top:.3f}" x2="{x:.3f}" '
            f'y2="{bottom:.3f}" stroke="#d0d0d0" stroke-width="0.2"/>'
        )
        parts.append(
            f'<text class="tick" x="{x:.3f}" y="{bottom + font_size * 1.3:.3f}" '
            f'text-anchor="middle" fill="#555555">'
            f"{escape(value_format(tick, tick_decimals))}</text>"
        )
    max_chars = max(int(label_width / (font_size * 0.55)), 3)
    for i, (label, value, colour) in enumerate(zip(labels, values, colors)):
        y = top + i * pitch + (pitch - bar_height) / 2
        text_y = y + bar_height / 2 + font_size * 0.35
        shown = label if len(label) <= max_chars else label[: max_chars - 1] + "…"
        parts.append(
            f'<text class="label" x="{label_width:.3f}" y="{text_y:.3f}" '
            f'text-anchor="end">{escape(shown)}</text>'
        )
        if math.isnan(value):
            continue
        x0, x1 = sorted((x_of(0.0), x_of(value)))
        parts.append(
            f'<rect class="bar" x="{x0:.3f}" y="{y:.3f}" width="{x1 - x0:.3f}" '
            f'height="{bar_height:.3f}" fill="{escape(colour)}" stroke="#404040" '
            f'stroke-width="0.15" data-value="{value!r}"/>'
        )
        parts.append(
            f'<text class="value" x="{max(x1, x_of(0.0)) + 1:.3f}" y="{text_y:.3f}">'
            f"{escape(value_format(value, None))}</text>"
        )
    zero = x_of(0.0)
    parts.append(
        f'<line class="axis" x1="{zero:.3f}" y1="{top:.3f}" x2="{zero:.3f}" '
        f'y2="{bottom:.3f}" stroke="#000000" stroke-width="0.3"/>'
    )
    parts.append("</svg>")
    return "\n".join(parts)
