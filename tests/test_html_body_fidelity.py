"""from_html's body: general rules for what the body holds (hand-written fixtures, names invented)."""

from __future__ import annotations

from newsmodel._html._reader import from_html

_PROSE = (
    "The Harbour Council voted on Tuesday to rebuild the sea wall before the winter storms arrive. ",
    "Ann Lee, who chairs the works committee, said the first stones would be laid within a month. ",
    "Tom Hale, a fisherman on the quay for thirty years, said the old wall had not been mended since 1990. ",
)


def _page(inner: str) -> str:
    return f"<html><body><main><article>{inner}</article></main></body></html>"


def test_a_title_classed_part_of_a_heading_stays_with_it() -> None:
    items = "".join(
        f"<div class='product'><h2 class='product-title'><span class='number'>{n}.</span> "
        f"<span class='js-item-title-text'>A lamp for the quay number {n}</span></h2><p>{_PROSE[n % 3]}</p></div>"
        for n in range(1, 4)
    )
    article = from_html(_page(items))
    assert "A lamp for the quay number 2" in article.text
    headings = [s.heading for s in article.sections if s.heading]
    assert headings == [f"{n}. A lamp for the quay number {n}" for n in range(1, 4)]


def test_a_title_classed_block_outside_headings_still_goes() -> None:
    html = _page(
        f"<p>{_PROSE[0]}</p><div><span class='box-title'>Subscribe for the weekly digest</span></div><p>{_PROSE[1]}</p>"
    )
    assert "weekly digest" not in from_html(html).text
